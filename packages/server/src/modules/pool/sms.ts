/**
 * How the pool sends a text message. The provider-neutral SMS gateway (46elks, GatewayAPI) is
 * built separately; until it is wired in, the pool uses `createStubSms`, which sends nothing and
 * only keeps (and logs) the messages, so that development and tests can read the codes.
 */
export interface SmsSender {
  send: (message: { to: string; text: string }) => Promise<void>;
}

export interface StubSms extends SmsSender {
  /** The messages "sent", oldest first (development and tests only). */
  readonly sent: { to: string; text: string; at: Date }[];
}

export function createStubSms(
  log?: (message: { to: string; text: string }) => void | Promise<void>,
): StubSms {
  const sent: { to: string; text: string; at: Date }[] = [];
  return {
    sent,
    send: async (message) => {
      sent.push({ ...message, at: new Date() });
      if (sent.length > 200) sent.shift();
      await log?.(message);
    },
  };
}
