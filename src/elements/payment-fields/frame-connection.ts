import {
  HELLO,
  PROTOCOL_VERSION,
  isFrameMessage,
  pickToken,
  type FrameMessage,
  type HostMessage,
  type ThemeTokens,
  type TokenResult,
} from '../../frame/protocol.js';
import { PaymentFieldsError, toPaymentFieldsErrorCode } from './payment-fields-error.js';

type Listener = (message: Exclude<FrameMessage, { type: 'result' }>) => void;

/**
 * The host's end of the MessageChannel to one loaded frame. The port goes to the frame's window
 * with the API origin as target, so only a document of that origin can ever hold the other end;
 * the host listens to no window messages at all.
 */
export class FrameConnection {
  private readonly port: MessagePort;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(token: TokenResult): void; reject(error: Error): void }>();

  constructor(frame: Window, origin: string, theme: ThemeTokens, listener: Listener) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => {
      const message: unknown = event.data;
      if (!isFrameMessage(message)) return;
      if (message.type === 'result') this.settle(message);
      else listener(message);
    };
    frame.postMessage({ type: HELLO, version: PROTOCOL_VERSION, theme }, origin, [channel.port2]);
  }

  send(message: HostMessage): void {
    this.port.postMessage(message);
  }

  submit(): Promise<TokenResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'submit', id });
    });
  }

  private settle(message: Extract<FrameMessage, { type: 'result' }>): void {
    const request = this.pending.get(message.id);
    if (!request) return;
    this.pending.delete(message.id);
    if ('token' in message) request.resolve(pickToken(message.token));
    else request.reject(new PaymentFieldsError(toPaymentFieldsErrorCode(message.error)));
  }

  close(): void {
    this.port.close();
    for (const request of this.pending.values()) request.reject(new PaymentFieldsError('not_ready'));
    this.pending.clear();
  }
}
