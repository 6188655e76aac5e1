import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * Sensitive values at rest (residents' email addresses and phone numbers): sealed with
 * AES-256-GCM under the installation's data key, and found again through a keyed blind index
 * (HMAC-SHA-256), so that the database holds neither the plain value nor an unkeyed hash of it.
 * The key comes from DATA_ENCRYPTION_KEY (config.ts), or for the embedded database from a key
 * file generated in DATA_DIR on first start (`loadOrCreateDataKey`).
 */

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealer {
  /** The value sealed: "v1.<base64url of iv | tag | ciphertext>"; a fresh IV each time. */
  seal: (plain: string) => string;
  /** The plain value; throws when the sealed text was changed or sealed under another key. */
  open: (sealed: string) => string;
  /**
   * A keyed blind index of a normalised value within one scope (e.g. "pool-email:<org id>"):
   * equal values in one scope give equal indexes; nothing can be learned from it without the key.
   */
  blindIndex: (scope: string, value: string) => string;
}

/** A data key given as 64 hex digits or 32 bytes in base64 / base64url; undefined otherwise. */
export function parseDataKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    return key.length === 32 ? key : undefined;
  }
  return undefined;
}

function subkey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), `kuulo:${purpose}`, 32));
}

export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error("the data encryption key must be 32 bytes");
  const encryptionKey = subkey(key, "seal");
  const indexKey = subkey(key, "blind-index");
  return {
    seal: (plain) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]);
      return `${VERSION}.${sealed.toString("base64url")}`;
    },
    open: (sealed) => {
      const [version, data] = sealed.split(".");
      if (version !== VERSION || !data) throw new Error("not a sealed value");
      const bytes = Buffer.from(data, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", encryptionKey, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    },
    blindIndex: (scope, value) =>
      createHmac("sha256", indexKey).update(`${scope}\u0000${value}`).digest("base64url"),
  };
}

/** A sealer that refuses every use: for apps built without a key (the OpenAPI document). */
export const NO_SEALER: Sealer = {
  seal: () => {
    throw new Error("no data encryption key");
  },
  open: () => {
    throw new Error("no data encryption key");
  },
  blindIndex: () => {
    throw new Error("no data encryption key");
  },
};

export const DATA_KEY_FILE = "data-encryption.key";

/**
 * The key file in the data folder, made (32 random bytes, hex, readable by the owner only) on
 * first start. Losing it loses every sealed value: back it up with the database.
 */
export async function loadOrCreateDataKey(dataDir: string): Promise<Buffer> {
  const file = join(resolve(dataDir), DATA_KEY_FILE);
  try {
    const key = parseDataKey(await readFile(file, "utf8"));
    if (!key) throw new Error(`${file} does not hold a 32-byte key`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(resolve(dataDir), { recursive: true });
  const key = randomBytes(32);
  // "wx": never overwrite a key another process wrote a moment ago.
  try {
    await writeFile(file, `${key.toString("hex")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return loadOrCreateDataKey(dataDir);
    throw error;
  }
  await chmod(file, 0o600);
  return key;
}
