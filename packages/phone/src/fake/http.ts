// The little HTTP the fake provider needs: read a form body, post a form, Basic auth.
import type { IncomingMessage } from "node:http";

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function basicAuth(request: IncomingMessage): { user: string; password: string } | null {
  const header = request.headers.authorization ?? "";
  if (!header.startsWith("Basic ")) return null;
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export interface Posted {
  url: string;
  status: number;
  body: string;
}

/** Posts a form to a URL with the given headers; status 0 when it could not be sent. */
export type PostForm = (
  url: string,
  form: URLSearchParams,
  headers?: Record<string, string>,
) => Promise<Posted>;

export async function postForm(
  url: string,
  form: URLSearchParams,
  headers: Record<string, string> = {},
): Promise<Posted> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: form.toString(),
    });
    return { url, status: response.status, body: await response.text() };
  } catch {
    return { url, status: 0, body: "" };
  }
}

export const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
