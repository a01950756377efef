import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { isInstalled } from "@/lib/users/create-first-admin";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (!(await isInstalled(getDb()))) redirect("/setup");
  if (await currentActor()) redirect("/");
  return (
    <main className="auth-box">
      <h1>Sign in to Outlook Tracker</h1>
      <p className="meta">Accounts are created by an administrator of this instance.</p>
      <SignInForm />
    </main>
  );
}
