// Roles as better-auth's admin plugin sees them: only admins manage users.
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";

export const accessControl = createAccessControl(defaultStatements);

export const authRoles = {
  admin: accessControl.newRole({ ...adminAc.statements }),
  analyst: accessControl.newRole({ user: [], session: [] }),
  viewer: accessControl.newRole({ user: [], session: [] }),
};
