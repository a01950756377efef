// better-auth's endpoints (sign-in, sign-out, session, admin). Public sign-up
// is disabled in lib/auth/auth.ts; the admin endpoints check the admin role.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request);
}
