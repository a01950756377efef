import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

// Unauthenticated by design: says only whether the database answers, takes a
// write, and whether the scheduler still beats (lib/liveness/heartbeat.ts).
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503 });
}
