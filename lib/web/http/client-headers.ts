// Headers scripts/serve.mjs (the front of `npm start`) sets on every request,
// after deleting any copy the client sent. serve.mjs spells the same names.
export const CLIENT_ADDRESS_HEADER = "x-tracker-client-address";
export const REQUEST_ID_HEADER = "x-request-id";
