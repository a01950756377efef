import { redirect } from "next/navigation";

// The dashboard will live here; until it does, home is the baseline.
export default function HomePage() {
  redirect("/expectations");
}
