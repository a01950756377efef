"use server";
// Evidence links, changed from either side: the development's page or the
// expectation's page. Both pages are refreshed after each change.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addEvidenceLink, removeEvidenceLink, updateEvidenceLink } from "@/lib/evidence/link-evidence";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

function refresh(developmentId: string, expectationId: string) {
  revalidatePath(`/developments/${developmentId}`);
  revalidatePath(`/expectations/${expectationId}`);
}

const ByLink = z.tuple([z.object({ linkId: BoundId, developmentId: BoundId, expectationId: BoundId }).strict()]);

export const addLinkAction = actorAction("write:evidence", {
  fields: FIELDS.addLink,
  run: ({ db, actor, input, now }) => addEvidenceLink(db, actor, input, now),
  done: (_r, { input }) => {
    refresh(String(input.developmentId), String(input.expectationId));
    return okState("evidence.saved");
  },
});

export const updateLinkAction = actorAction("write:evidence", {
  fields: FIELDS.updateLink,
  args: ByLink,
  run: ({ db, actor, input, args: [ref], now }) => updateEvidenceLink(db, actor, ref.linkId, input, now),
  done: (_r, { args: [ref] }) => {
    refresh(ref.developmentId, ref.expectationId);
    return okState("evidence.updated");
  },
});

export const removeLinkAction = actorAction("write:evidence", {
  fields: FIELDS.none,
  args: ByLink,
  run: ({ db, actor, args: [ref], now }) => removeEvidenceLink(db, actor, ref.linkId, now),
  done: (_r, { args: [ref] }) => {
    refresh(ref.developmentId, ref.expectationId);
    return okState("evidence.removed");
  },
});
