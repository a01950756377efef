import "server-only";
// Who sent a request, as far as the server can know: the request id and the
// client address that scripts/serve.mjs (the front of `npm start`) puts on
// every request after removing any copy the client sent. The front takes the
// address from the socket, or from TRUSTED_PROXY_HEADER when an operator says
// a proxy sets it (docs/decisions/0012-client-address.md). Without the front
// (next dev) the address is unknown and all clients share one bucket.
import { logger } from "../../log/logger";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "./client-headers";

export type Client = { address: string; requestId: string };

export function clientOf(headers: Headers): Client {
  const fromFront = process.env.TRACKER_FRONT === "1";
  return {
    address: (fromFront && headers.get(CLIENT_ADDRESS_HEADER)) || "unknown",
    requestId: (fromFront && headers.get(REQUEST_ID_HEADER)) || "none",
  };
}

/** A refused sign-in, a foreign origin, an oversize body: logged with who sent it. */
export function logSecurityEvent(headers: Headers, event: string, detail: Record<string, unknown> = {}) {
  const { address, requestId } = clientOf(headers);
  logger().warn({ security: event, address, requestId, ...detail }, event);
}
