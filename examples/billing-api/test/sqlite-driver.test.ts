import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDriver } from '../src/storage/sqlite-driver.js';
import { StorageUnavailableError } from '../src/storage/storage.js';
import { STORAGE_KIND } from './test-storage.js';

// These tests name SQLite themselves; the PostgreSQL pass has nothing to add.
describe('the SQLite driver', { skip: STORAGE_KIND !== 'sqlite' && 'SQLite only' }, () => {
  it('never runs another request’s statement inside an open transaction', async () => {
    const driver = new SqliteDriver(':memory:');
    await driver.exec('CREATE TABLE notes (text TEXT NOT NULL)');
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    const failing = driver.transaction(async (tx) => {
      await tx.all('INSERT INTO notes (text) VALUES (?)', ['rolled back']);
      await paused;
      throw new Error('the transaction fails');
    });
    // Issued while the transaction is open and waiting: it must not join it and be rolled back.
    const outside = driver.all('INSERT INTO notes (text) VALUES (?)', ['kept']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await assert.rejects(failing, { message: 'the transaction fails' });
    await outside;
    assert.deepEqual(await driver.all('SELECT text FROM notes'), [{ text: 'kept' }]);
    await driver.close();
  });

  it('waits for another process’s write lock, and past its busy timeout reports the database unavailable', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'civicpay-busy-')), 'busy.sqlite');
    const driver = new SqliteDriver(path);
    await driver.exec('CREATE TABLE notes (text TEXT NOT NULL)');
    const other = new Database(path);
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      await assert.rejects(
        driver.transaction((tx) => tx.all('INSERT INTO notes (text) VALUES (?)', ['blocked'])),
        StorageUnavailableError,
      );
      assert.ok(Date.now() - started >= 4900, 'it waited the busy timeout first');
      other.exec('COMMIT');
      await driver.transaction((tx) => tx.all('INSERT INTO notes (text) VALUES (?)', ['after']));
      assert.deepEqual(await driver.all('SELECT text FROM notes'), [{ text: 'after' }]);
    } finally {
      other.close();
      await driver.close();
    }
  });
});
