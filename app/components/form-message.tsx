import type { FormState } from "@/lib/web/http/form-state";

export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "error" && state.message)
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  if (state.status === "ok" && state.message)
    return (
      <p className="form-ok" role="status">
        {state.message}
      </p>
    );
  return null;
}
