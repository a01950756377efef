import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { isInstalled } from "@/lib/users/create-first-admin";
import { SetupForm } from "./setup-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Set up" };

export default async function SetupPage() {
  if (await isInstalled(getDb())) redirect("/sign-in");
  return (
    <main className="auth-box">
      <h1>Set up this instance</h1>
      <p>
        This instance has no accounts yet. The account you create now is its administrator: it can create accounts
        for analysts and viewers. There is no default password.
      </p>
      <SetupForm />
    </main>
  );
}
