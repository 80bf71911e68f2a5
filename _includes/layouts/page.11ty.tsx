/** Layout of general pages (Kontakt, Spenden, Impressum, ...). */
import { breadcrumbTrail } from "../../lib/render/breadcrumb.ts";
import { contactIds, shareImage, type LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { Base } from "./base.tsx";

export default function PageLayout(data: LayoutData) {
  const trail = breadcrumbTrail(data.page.url, data.shortTitle ?? data.title, undefined, data.topicTree);
  return (
    <Base
      site={data.site}
      shareImage={shareImage(data)}
      title={data.title}
      description={data.description}
      url={data.page.url}
      trail={trail}
      noindex={data.unlisted}
      aside={sidebarFor(contactIds(data), data.donationBox ?? true, data)}
    >
      <Article data={data} />
    </Base>
  );
}
