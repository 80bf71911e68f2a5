/**
 * The run mode: the one place that decides what kind of run this process is part of
 * (preview or production, drafts or not, which day is "today", whether stand-ins and samples
 * are refused) from the environment. Every other module receives these values as arguments
 * or asks {@link runMode}; none reads the environment for them.
 *
 * Eleventy's CLI sets `ELEVENTY_RUN_MODE` (`serve`, `watch`, `build`) before it loads the
 * configuration; `scripts/build.ts` runs no Eleventy CLI and counts as production.
 */
import { DateTime } from "luxon";

/** The time zone of every date the site shows and compares: the foundation's. */
export const SITE_ZONE = "Europe/Berlin";

/** What kind of run this is. */
export interface RunMode {
  /** `npm start`: the preview with drafts, the error overlay and live reload. */
  preview: boolean;
  /** Eleventy serves the output itself (`--serve`), so the overlay's routes exist. */
  serve: boolean;
  /** Drafts (and news dated after {@link today}) are part of this run: in the preview only. */
  drafts: boolean;
  /** Today's date in {@link SITE_ZONE}, `YYYY-MM-DD`: what events, deadlines and publication dates are compared with. */
  today: string;
  /** The build refuses stand-in photos and sample texts (the real site's deploy sets this). */
  refusePlaceholders: boolean;
  /** The sources were validated by the parent process (the production build's render child). */
  validatedByParent: boolean;
  /** Problems are also printed as GitHub annotations (`::error file=…,line=…::`) on their lines: in GitHub Actions. */
  annotations: boolean;
  /** Where the editing UI at `/admin/` commits (README, "Redaktion im Browser"); unset parts are not configured. */
  cms: {
    backend: "github" | "gitlab" | "gitea";
    /** `owner/name`; in GitHub Actions the repository being built, unless set. */
    repo: string | undefined;
    branch: string;
    /** Origin of the OAuth client editors sign in through. */
    authUrl: string | undefined;
    /** API root of a self-hosted GitLab or Forgejo. */
    apiRoot: string | undefined;
  };
}

/** Environment variables that {@link runModeFrom} reads, and what each one means. */
export const RUN_MODE_VARIABLES = {
  ELEVENTY_RUN_MODE: "set by Eleventy: serve, watch or build",
  SEZ_TODAY: "fixes today's date (YYYY-MM-DD), for tests and for rebuilding a past day",
  SEZ_PLACEHOLDERS: '"refuse": stand-in photos and sample texts stop the build',
  SEZ_VALIDATED_BY_PARENT: "1 in the render child of the production build",
  GITHUB_ACTIONS: 'set by GitHub Actions to "true": problems become annotations on their lines',
  GITHUB_REPOSITORY: "set by GitHub Actions: owner/name, the editing UI's repository unless SEZ_CMS_REPO says otherwise",
  SEZ_CMS_BACKEND: "github (default), gitlab or gitea (also Forgejo): where the editing UI commits",
  SEZ_CMS_REPO: "owner/name of the repository the editing UI commits to",
  SEZ_CMS_BRANCH: "the branch editors' changes are based on (default main)",
  SEZ_CMS_AUTH_URL: "origin of the OAuth client for signing in (GitHub: e.g. a sveltia-cms-auth worker)",
  SEZ_CMS_API_ROOT: "API root of a self-hosted GitLab or Forgejo, e.g. https://git.example.org/api/v1",
} as const;

const CMS_BACKENDS = ["github", "gitlab", "gitea"] as const;

/**
 * Today's date in the site's time zone.
 *
 * @example
 * todayIn(new Date("2026-12-31T23:30:00Z")) // => "2027-01-01" (00:30 in Berlin)
 */
export function todayIn(now: Date): string {
  return DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate() ?? "1970-01-01";
}

/**
 * The run mode for an environment.
 *
 * @example
 * runModeFrom({ ELEVENTY_RUN_MODE: "serve" }).drafts        // => true
 * runModeFrom({ SEZ_TODAY: "2027-03-01" }).today             // => "2027-03-01"
 * runModeFrom({}).preview                                    // => false
 */
export function runModeFrom(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): RunMode {
  const eleventy = env.ELEVENTY_RUN_MODE;
  const preview = eleventy === "serve" || eleventy === "watch";
  const fixed = env.SEZ_TODAY?.trim();
  if (fixed !== undefined && fixed !== "" && !DateTime.fromISO(fixed, { zone: SITE_ZONE }).isValid) {
    throw new Error(`SEZ_TODAY="${fixed}" ist kein Datum. Erwartet: JJJJ-MM-TT, z. B. 2027-03-01.`);
  }
  return {
    preview,
    serve: eleventy === "serve",
    drafts: preview,
    today: fixed ? (DateTime.fromISO(fixed, { zone: SITE_ZONE }).toISODate() ?? fixed) : todayIn(now),
    refusePlaceholders: env.SEZ_PLACEHOLDERS === "refuse",
    validatedByParent: env.SEZ_VALIDATED_BY_PARENT === "1",
    annotations: env.GITHUB_ACTIONS === "true",
    cms: cmsFrom(env),
  };
}

/**
 * The editing UI's backend from the environment.
 *
 * @example
 * cmsFrom({ GITHUB_REPOSITORY: "sez/website" }).repo // => "sez/website"
 */
export function cmsFrom(env: Readonly<Record<string, string | undefined>>): RunMode["cms"] {
  const backend = env.SEZ_CMS_BACKEND?.trim() || "github";
  if (!(CMS_BACKENDS as readonly string[]).includes(backend)) {
    throw new Error(`SEZ_CMS_BACKEND="${backend}" ist unbekannt. Erwartet: ${CMS_BACKENDS.join(", ")}.`);
  }
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  return {
    backend: backend as RunMode["cms"]["backend"],
    repo: value("SEZ_CMS_REPO") ?? value("GITHUB_REPOSITORY"),
    branch: value("SEZ_CMS_BRANCH") ?? "main",
    authUrl: value("SEZ_CMS_AUTH_URL"),
    apiRoot: value("SEZ_CMS_API_ROOT"),
  };
}

/**
 * This process's run mode. Read from the environment on every call, since Eleventy sets
 * `ELEVENTY_RUN_MODE` only once it has started; cheap enough (a few property reads).
 *
 * @example
 * runMode().drafts // => false in npm run build
 */
export function runMode(): RunMode {
  return runModeFrom(process.env);
}
