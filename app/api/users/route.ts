import { jsonWriteHandler, routeHandler } from "@/lib/web/http/route-handler";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async ({ db, actor }) => ({ users: await listUsers(db, actor) }));

export const POST = jsonWriteHandler("manage:users", async ({ db, actor, body }) => ({ user: await createUser(db, actor, body) }));
