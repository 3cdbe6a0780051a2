import type { CollectionTokenList } from "@fcs/contracts";
import { useRevokeToken } from "../../api/hooks/collection.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { useMessages } from "../../i18n/index.ts";

const dayFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium" });

/** The centre's tablets and links: when each was last used, and a way to revoke it. */
export function TokenTable(props: { centreId: string; tokens: CollectionTokenList["tokens"] }) {
  const t = useMessages().collection;
  const revokeToken = useRevokeToken(props.centreId);
  const { error, run } = useAction(useMessages().errors.network);

  function revoke(id: string, label: string) {
    if (!window.confirm(t.confirmRevoke(label))) return;
    void run(async () => {
      await revokeToken.mutateAsync(id);
    });
  }

  return (
    <section aria-labelledby="tokens">
      <h2 id="tokens">{t.tokensTitle}</h2>
      <ActionError message={error} />
      {props.tokens.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.columns.label}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.created}</th>
                <th scope="col">{t.columns.lastUsed}</th>
                <th scope="col">{t.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {props.tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.label}</th>
                  <td>{t.channels[token.channel] ?? token.channel}</td>
                  <td>{dayFormat.format(new Date(token.createdAt))}</td>
                  <td>{token.lastUsedOn ? dayFormat.format(new Date(token.lastUsedOn)) : t.never}</td>
                  <td>
                    {token.revokedAt ? (
                      t.revoked
                    ) : (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t.revoke(token.label)}
                        onClick={() => revoke(token.id, token.label)}
                      >
                        {t.revokeShort}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
