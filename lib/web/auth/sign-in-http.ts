import "server-only";
// POST /api/auth/sign-in/email: the same limit as the sign-in form. The body
// is read (capped) and checked here, the limit applied, and only then handed
// to better-auth, whose answer (and session cookie) goes back as it is.
import { getDb } from "../../db";
import { clientOf } from "../http/client";
import { assertJsonFromThisSite, readJsonBody } from "../http/read-body";
import { SignInSchema } from "../../users/schemas";
import { parseOrThrow } from "../../validation";
import { getAuth } from "./auth";
import { limitedSignIn } from "../../auth/sign-in-limit";

const SIGN_IN_BODY_MAX_BYTES = 4 * 1024;

export async function signInOverHttp(request: Request): Promise<Response> {
  assertJsonFromThisSite(request);
  const raw = await readJsonBody(request, SIGN_IN_BODY_MAX_BYTES);
  const { email, password } = parseOrThrow(SignInSchema, raw);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  let answer: Response | undefined;
  await limitedSignIn(getDb(), { email, address: clientOf(request.headers).address }, new Date(), async () => {
    answer = await getAuth().handler(new Request(request.url, { method: "POST", headers, body: JSON.stringify({ email, password }) }));
    return answer.ok;
  });
  return answer!;
}
