import { Link } from "react-router";
import { useMessages } from "../i18n/index.ts";
import { PageHeading } from "./PageHeading.tsx";

export function NotFoundPage() {
  const t = useMessages();
  return (
    <>
      <PageHeading>{t.notFound.title}</PageHeading>
      <p>{t.notFound.body}</p>
      <p>
        <Link to="/">{t.notFound.home}</Link>
      </p>
    </>
  );
}
