import { createHmac } from "node:crypto";

export type WebhookOptions = {
  /** Signs the body: `x-frontline-signature: sha256=<hex HMAC-SHA256 of the exact body bytes>`. */
  secret?: string;
  timeoutMs: number;
  /** Sent as `x-frontline-delivery`: the same for every retry of one delivery, so receivers can drop repeats. */
  deliveryId: string;
};

/** The signature header value for a body: `sha256=` and the hex HMAC-SHA256 of its bytes under the secret. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

// Error messages end up stored and logged: the URL's query string and credentials may hold secrets.
function where(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/**
 * POSTs a JSON body to a webhook URL. Resolves on a 2xx answer; rejects (with a message that says why)
 * on any other status, a network error or the timeout.
 */
export async function postWebhook(url: string, payload: unknown, options: WebhookOptions): Promise<void> {
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:")
    throw new Error(`webhook URL must be http(s), not ${target.protocol}`);
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "Frontline-Webhook/1",
    "x-frontline-delivery": options.deliveryId,
  };
  if (options.secret) headers["x-frontline-signature"] = webhookSignature(options.secret, body);
  let response: Response;
  try {
    response = await fetch(target, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === "TimeoutError" || name === "AbortError")
      throw new Error(`webhook ${where(target)} did not answer within ${options.timeoutMs} ms`);
    throw new Error(
      `webhook ${where(target)} unreachable: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}`,
    );
  }
  // The answer's body is not needed, but it must be read or discarded to free the connection.
  await response.body?.cancel().catch(() => undefined);
  if (response.status < 200 || response.status > 299)
    throw new Error(`webhook ${where(target)} answered HTTP ${response.status}`);
}
