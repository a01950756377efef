import "server-only";
// The installation's answer to "who may edit expectations", read from the web
// server's settings (docs/decisions/0095); lib/expectations takes it as a parameter.
import type { EditPolicy } from "../../expectations/edit-expectation";
import { webSettings } from "../../settings/web";

export function expectationEditPolicy(): EditPolicy {
  return { analystsMayEdit: webSettings().EXPECTATION_EDITORS === "admins-and-analysts" };
}
