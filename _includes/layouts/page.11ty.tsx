/** Layout of general pages (Kontakt, Spenden, Impressum, ...). */
import { breadcrumbTrail } from "../../lib/render/breadcrumb.ts";
import type { LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { Base, pageFrame } from "./base.tsx";

export default function PageLayout(data: LayoutData) {
  const trail = breadcrumbTrail(data.page.url, data.shortTitle ?? data.title, undefined, data.topicTree);
  return (
    <Base {...pageFrame(data)} title={data.title} trail={trail} noindex={data.unlisted}>
      <Article data={data} />
    </Base>
  );
}
