import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SqliteDriver } from '../src/storage/sqlite-driver.js';

describe('the SQLite driver', () => {
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
});
