// The interface language a user chose, kept on the account so that it follows
// them to another browser and survives signing out.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { isLocale, type Locale } from "../i18n/locales";
import { recordAudit } from "../audit/record-audit";

export async function setUserLocale(db: Db, actor: Actor | null, locale: Locale): Promise<void> {
  const user = requireAbility(actor, "read");
  if (!isLocale(locale)) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.userId }, data: { locale } });
    await recordAudit(tx, { userId: user.userId, action: "user.locale", entityType: "User", entityId: user.userId, changes: { locale } });
  });
}

export async function userLocale(db: Db, email: string): Promise<Locale | null> {
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : null;
}
