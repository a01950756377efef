import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listComments } from "@/lib/comments/list-comments";
import { serverI18n } from "@/lib/web/i18n/server";
import { CommentForm, RemoveCommentButton } from "./comment-form";

/** The comments under a development or an expectation, and the form to add one (decision 0081). */
export async function CommentsSection({ kind, id }: { kind: "expectation" | "development"; id: string }) {
  const actor = await signedInActor();
  const { t, f } = await serverI18n();
  const comments = await listComments(getDb(), actor, { kind, id });
  return (
    <section aria-labelledby={`comments-${id}`}>
      <h2 id={`comments-${id}`}>{t("comments.title")}</h2>
      {comments.length === 0 ? (
        <p className="empty">{t("comments.none")}</p>
      ) : (
        <ul className="history" data-testid="comments">
          {comments.map((c) => (
            <li key={c.id}>
              <span className="meta">{t("comments.by", { name: c.author, date: f.date(c.createdAt), time: f.time(c.createdAt) })}</span>
              <p className="break comment-body">{c.body}</p>
              {c.canRemove ? <RemoveCommentButton commentId={c.id} kind={kind} id={id} /> : null}
            </li>
          ))}
        </ul>
      )}
      {roleCan(actor.role, "write:evidence") ? <CommentForm kind={kind} id={id} /> : null}
    </section>
  );
}
