/**
 * The words of the finding mapper: how running text becomes comparable features.
 *
 * Auditors, reporters and lawyers describe the same violation in different
 * words ("kept plate scans for five years", "never purged", "retained
 * indefinitely"), and statutes in others again ("the length of time ALPR
 * information will be retained"). Both sides go through `analyzeText`, which
 * yields word stems plus **topic features** (`@retain`, `@share`,
 * `@outside-recipient`…) from the synonym groups below, so a finding and a
 * requirement meet on meaning rather than spelling. Pure and deterministic.
 */

/** Words that carry no meaning for ranking. */
const STOPWORDS = new Set(
  (
    "a about above after again all also am an and any are as at be been before being below between both but by can could did do does doing " +
    "during each either else for from further had has have having he her here hers him his how i if in into is it its itself just may me might " +
    "more most much must my nor of off on once only or other our ours out over own per same shall she should so some such than that the their " +
    "theirs them then there these they this those through thus to too under until up upon us very via was we were what when where whether which " +
    "while who whom whose why will with within would yet you your its one two three four five six seven eight nine ten said says say according " +
    "not no never none nothing any every also"
  ).split(" "),
);

/**
 * A light inflectional stemmer: plural, past and progressive forms meet
 * ("shares", "shared", "sharing" → "shar"; "searches" → "search").
 *
 * @example
 * stemWord("retained") // "retain"
 * stemWord("policies") // "policy"
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (/(ches|shes|xes|sses|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ied") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Topic features from single words (matched on stems). A word may belong to
 * several topics. Kept to meanings a reader would agree on, not to any one text.
 */
const WORD_TOPICS: Record<string, string[]> = {
  "@share": ["share", "sharing", "sell", "sold", "sale", "transfer", "disseminate", "dissemination", "release", "exchange", "resell", "broker", "onward", "receive", "recipient", "recipients", "requesting", "aggregator"],
  "@retain": ["retain", "retention", "keep", "kept", "store", "storage", "stores", "preserve", "preservation", "archive", "purge", "destroy", "destruction", "delete", "deletion", "erase", "expunge", "dispose", "indefinitely", "age", "older"],
  "@audit": ["audit", "auditing", "monitor", "monitoring", "oversight", "oversee", "inspect", "inspection", "scrutiny", "detect", "catch"],
  "@search": ["search", "query", "queries", "lookup", "look-up", "searched", "queried", "inquiry"],
  "@log": ["log", "logs", "logged", "logging", "trail"],
  "@purpose": ["purpose", "reason", "justification", "justify", "rationale"],
  "@train": ["train", "training", "trained", "course", "certification", "certified", "refresher", "instruction"],
  "@user": ["user", "users", "account", "accounts", "login", "logins", "log-in", "employee", "personnel", "staff", "contractor", "contractors", "designation", "position", "positions", "rank", "ranks", "role", "roles", "classification", "classifications"],
  "@accuracy": ["accuracy", "accurate", "inaccurate", "inaccuracy", "error", "erroneous", "misread", "misreads", "mistake", "mistaken", "misidentify", "misidentified", "misidentification", "wrongful", "gunpoint", "correct", "correction", "verify", "verification", "confirm", "outdated", "stale", "fix", "recovered", "handcuffed"],
  "@security": ["security", "secure", "securely", "unsecured", "insecure", "breach", "breached", "hack", "hacked", "hacker", "exposed", "exposure", "leak", "leaked", "password", "passwords", "encrypt", "encryption", "encrypted", "unencrypted", "authentication", "vulnerable", "vulnerability", "cyber", "cybersecurity", "misconfigured", "safeguard", "safeguards", "cjis", "credentials", "unprotected", "ransomware", "cyberattack", "intrusion", "compromised", "phishing", "malware"],
  "@policy": ["policy", "policies", "guideline", "guidelines", "procedure", "procedures", "rules"],
  "@publish": ["post", "posted", "posting", "website", "online", "publish", "published", "publicly", "internet", "conspicuously", "web"],
  "@public-meeting": ["hearing", "council", "commission", "meeting", "comment", "agenda", "discussion", "debate", "vote"],
  "@outside-recipient": ["ice", "immigration", "federal", "dhs", "cbp", "fbi", "dea", "nationwide", "national", "company", "companies", "corporation", "broker", "repossession", "repo", "insurer", "insurance", "vigilant", "association", "texas", "arizona", "georgia", "florida", "nevada", "oregon", "hawaii", "honolulu", "missouri", "washington", "idaho", "utah", "alabama", "tennessee", "louisiana", "oklahoma", "kentucky", "illinois", "indiana", "ohio", "virginia", "carolina"],
  "@misuse": ["misuse", "misused", "abuse", "abused", "stalk", "stalking", "harass", "harassment", "personal", "ex-girlfriend", "ex-wife", "ex-husband", "girlfriend", "boyfriend", "protester", "protesters", "protest", "abortion", "immigration", "surveil", "unauthorized", "romantic", "fishing"],
  "@custodian": ["custodian", "administrator", "responsible", "accountable", "in-charge"],
  "@hotlist": ["hotlist", "hotlists", "watchlist"],
  "@datatype": ["clets", "cji", "birth", "addresses", "charges"],
  "@alpr": ["alpr", "alprs", "lpr", "lprs", "flock", "vigilant", "plate", "plates", "anpr"],
  "@bwc": ["bodycam", "bodycams", "body-worn", "bwc", "bwcs"],
  "@military": ["military", "armored", "mrap", "drone", "drones", "lrad", "firearms", "munitions"],
};

/**
 * Topic features from phrases, matched on lower-cased text. The third field
 * lists words one of which every match contains, so a rule runs only on text
 * that has one of them (checked against the text's words, which is cheap).
 */
const PHRASE_TOPICS: [RegExp, string[], string][] = [
  [/\bout[- ]of[- ]state\b|\boutside (of )?(california|the state)\b|\bother states?\b|\bacross the (country|united states|nation)\b|\bacross state lines\b/g, ["@outside-recipient"], "out outside other across"],
  [/\b(immigration and customs enforcement|border patrol|homeland security|federal (agents?|agencies|authorities|immigration|law enforcement))\b/g, ["@outside-recipient"], "immigration border homeland federal"],
  [/\b(private (entit(y|ies)|compan(y|ies)|firms?|parties|part(y|ies)|groups?|contractors?)|data brokers?|commercial purposes?|for[- ]profit)\b/g, ["@outside-recipient"], "private broker brokers commercial profit"],
  [/\bother than (a|another) public agency\b|\bexcept to another public agency\b|\bnon-?law enforcement\b/g, ["@outside-recipient"], "than except non nonlaw"],
  [/\b(give|gave|given|giving|grant(ed|s|ing)?|provid(e|ed|es|ing)|open(ed|s|ing)?)\b[^.]{0,40}\baccess\b|\bmade [^.]{0,30}available to\b|\bnational (lookup|search|database|network)\b/g, ["@share"], "give gave given giving grant granted grants granting provide provided provides providing open opened opens opening made national"],
  [/\b(how long|length of time|for (\d+|two|three|four|five|six|seven|ten|several|many) (years|months)|for years|retention (period|schedule)|never (purged|deleted|destroyed|erased))\b/g, ["@retain"], "long length years months retention never"],
  [/\breview(ed|s|ing)? (of )?(the |all |any |user |users'? |officers'? |their |its |staff )*(searches|queries|access|logs?|use|usage|lookups)\b|\bspot[- ]checks?\b/g, ["@audit"], "review reviewed reviews reviewing spot"],
  [/\b(look(ed|s|ing)? up|ran (the )?plates?|run (a )?plates?)\b/g, ["@search"], "look looked looks looking ran run"],
  [/\b(case|incident|report|dr) (number|no\.?|numbers)\b|\bstated (reason|purpose)\b/g, ["@purpose"], "case incident report dr stated"],
  [/\b(access|audit|search|query|usage|user) (logs?|trails?|records?|history)\b|\b(record|records|recorded|recording|documented|tracked)(\s+(of|who|each|every|all|which|that|the))*\s+(access|accesses|accessed|searches|searched|queries|queried|lookups|person|user|officer)\b|\bsearch history\b|\brecords? (?:showing|that show|identifying|of) (?:which|who|what|when)\b/g, ["@log"], "logs log trail trails records record history recorded recording documented tracked"],
  [/\b(?:remain(?:s|ed)?|still (?:sit|sits|stored|kept|held)|linger(?:s|ed)?) (?:in|on) (?:the|a|its|their) (?:database|system|server|cloud)\b|\byears (?:after|later)\b/g, ["@retain"], "remain remains remained still linger lingers lingered years"],
  [/\bjob titles?\b|\bwho (may|can|could) (use|access|query|search)\b|\bwho has (system )?access\b|\bauthori[sz]ed users?\b/g, ["@user"], "job who authorized authorised"],
  [/\b(wrong|innocent) (car|vehicle|plate|person|driver|family)\b|\bfalse (hits?|positives?|alerts?|match(es)?)\b|\bwrongful(ly)? (stop|detain|arrest)/g, ["@accuracy"], "wrong innocent false wrongful wrongfully"],
  [/\b(public|community) (input|notice|process)\b|\bboard of supervisors\b|\bgoverning body\b|\bconsent calendar\b/g, ["@public-meeting"], "input notice process supervisors governing consent"],
  [/\b(hot ?lists?|hot ?plates?|watch ?lists?|stolen[- ]vehicle lists?|be on the lookout)\b/g, ["@hotlist"], "hot hotlist hotlists hotplate hotplates watch watchlist watchlists list lists lookout"],
  [/\b(unauthori[sz]ed|without authori[sz]ation)\b[^.]{0,30}\b(access(ed)?|disclosure)\b|\bdata breach\b|\bopen internet\b|\bpublicly accessible\b|\btwo[- ]factor\b|\bmulti[- ]factor\b|\bdefault passwords?\b|\bshared (a |one |the same )?(single )?(password|login)s?\b/g, ["@security"], "unauthorized unauthorised authorization authorisation breach internet accessible factor passwords password shared"],
  [/\b(general|special) orders?\b/g, ["@policy"], "order orders"],
  [/\b(in charge|responsible official|custodian of|owner of the (alpr |lpr )?(system|program|data|database))\b/g, ["@custodian"], "charge official custodian owner"],
  [/\bwhat (the |its |their )?(cameras|readers|system|data|technology|plate readers) (are|is|can be|may be|will be)( used)? for\b|\bauthori[sz]ed uses?\b/g, ["@purpose"], "what authorized authorised"],
  [/\b(former|departed|separated|retired|fired|terminated|inactive) (employees?|officers?|staff|users?|deputies|personnel|workers?)\b/g, ["@security", "@user"], "former departed separated retired fired terminated inactive"],
  [/\b(bad|wrong|incorrect|false) reads?\b|\b(pulled over|stopped|detained|handcuffed|held) at gunpoint\b/g, ["@accuracy"], "read reads gunpoint"],
  [/\bbody[- ]worn cameras?\b|\bbody cam(era)?s?\b/g, ["@bwc"], "body"],
  [/\bmilitary equipment\b|\barmou?red vehicles?\b/g, ["@military"], "military armored armoured"],
  [/\bcriminal justice information\b|\bdates? of birth\b|\bcriminal charges\b/g, ["@datatype"], "criminal birth"],
  [/\b(personal (use|reasons|gain|matters)|first amendment|reproductive (health|care))\b/g, ["@misuse"], "personal amendment reproductive"],
];

/** Topics that name a subject domain (what a checklist is about), not a duty. */
export const DOMAIN_TOPICS = ["@alpr", "@bwc", "@military"] as const;

/**
 * Neutral description of the subject matter. A concept pattern that matches it
 * ("cameras", "license plate") names the domain, not a duty, and counts little.
 */
export const BACKGROUND_TEXT = [
  "Automated license plate reader cameras, fixed or mounted on patrol cars, capture images of license plates and vehicles with the date, time and location.",
  "The system converts the plate image into a plate number and compares it with lists of vehicles of interest; a match produces an alert.",
  "Police officers, deputies and the department use the system; the city or county buys cameras from a vendor.",
  "Body-worn cameras record video and audio of officers' contacts with the public.",
  "Law enforcement agencies acquire equipment, vehicles and technology for public safety.",
].join(" ");

const PHRASE_RULES = PHRASE_TOPICS.map(([re, topics, triggers]) => ({ re: new RegExp(re.source), topics, triggers: triggers.split(" ") }));
if (PHRASE_RULES.length > 31) throw new Error("phrase rules are tracked in a 31-bit mask");
/** Word → bit mask of the phrase rules it can trigger. */
const RULE_BITS = new Map<string, number>();
PHRASE_RULES.forEach((rule, i) => {
  for (const t of rule.triggers) RULE_BITS.set(t, (RULE_BITS.get(t) ?? 0) | (1 << i));
});

function phraseTopics(lower: string, mask: number, features: Set<string>): void {
  for (let i = 0; mask; i++, mask >>>= 1) {
    if (!(mask & 1)) continue;
    const rule = PHRASE_RULES[i]!;
    if (rule.re.test(lower)) for (const t of rule.topics) features.add(t);
  }
}

/** The phrase rules as data, for tests: each rule's expression and trigger words. */
export function phraseRules(): { re: RegExp; triggers: string[] }[] {
  return PHRASE_RULES.map((r) => ({ re: r.re, triggers: r.triggers }));
}

/** What a word contributes, memoized: its stem (null for stopwords and one-letter stems), topics, and the phrase rules it triggers. */
type WordInfo = { stem: string | null; topics: readonly string[]; rules: number };
const WORDS = new Map<string, WordInfo>();
function wordInfo(w: string): WordInfo {
  let info = WORDS.get(w);
  if (info === undefined) {
    const s = STOPWORDS.has(w) ? "" : stemWord(w);
    const stem = s.length < 2 ? null : s;
    info = { stem, topics: stem ? topicsOfStem(stem) : [], rules: RULE_BITS.get(w) ?? 0 };
    if (WORDS.size < 200_000) WORDS.set(w, info);
  }
  return info;
}

/** Jurisdiction cues: text that names the state whose law applies. */
const JURISDICTION_CUES: [RegExp, string][] = [
  [/\bcalifornia\b|\bcal\. civ\.|\bcivil code\b|\bsb 34\b|\bsenate bill 34\b/, "CA"],
  [/\bvermont\b|\bv\.s\.a\./, "VT"],
  [/\bminnesota\b|\bminn\. stat/, "MN"],
];

const WORD_TO_TOPICS = new Map<string, string[]>();
for (const [topic, words] of Object.entries(WORD_TOPICS)) {
  for (const w of words) {
    const s = stemWord(w);
    const list = WORD_TO_TOPICS.get(s) ?? [];
    if (!list.includes(topic)) list.push(topic);
    WORD_TO_TOPICS.set(s, list);
  }
}

const DOMAIN_STEMS = new Set<string>();
for (const t of DOMAIN_TOPICS) for (const w of WORD_TOPICS[t] ?? []) DOMAIN_STEMS.add(stemWord(w));
for (const w of ["license", "licence", "reader", "readers", "recognition", "automated", "camera", "cameras", "vehicle", "vehicles", "car", "cars", "scan", "scans", "image", "images", "equipment", "data", "information", "system", "systems", "database", "agency", "agencies", "department", "police", "sheriff", "officer", "officers", "deputy", "deputies", "city", "county", "law", "enforcement"])
  DOMAIN_STEMS.add(stemWord(w));

/** Words that name the subject or the actors (plates, cameras, police), not a duty: they weigh little in ranking. */
export function isDomainFeature(f: string): boolean {
  return DOMAIN_STEMS.has(f) || (DOMAIN_TOPICS as readonly string[]).includes(f);
}

/**
 * Phrases whose words would mislead: names that contain duty words ("Homeland
 * Security" is not about data security) and attributions ("the audit found")
 * that name the source of a finding, not its subject.
 */
const REWRITES: [RegExp, string][] = [
  [/\bhomeland security\b/g, "dhs"],
  [/\bsecurity (contractors?|compan(?:y|ies)|firms?|guards?)\b/g, "$1"],
  [/\bin charge of\b/g, "responsible for"],
  [/\baudit (trails?|logs?)\b/g, "access $1"],
  [/\bowner of the (car|vehicle|truck|plate)\b/g, "driver"],
  [/\b(?:keep|keeps|kept|keeping) (a |an |the )?(records?|logs?)\b/g, "maintain $1$2"],
  [/\b(?:audit(?:or)?s?|auditor's|grand jury|investigation|inquiry|review)(?:\s+(?:report|division))?(?:\s+(?:published|released|issued)\s+in\s+\w+(?:\s+\d{4})?)?\s+(?:found|finds|concluded|concludes|revealed|reveals|shows?|showed|determined|noted|notes|said|says|stated|states|reported|reports)\b(?:\s+that)?/g, " "],
  [/\baccording to (?:the|a|an) [^,.]{0,40}\b(?:audit|report|investigation|review)\b/g, " "],
  [/\bstate auditor\b/g, " "],
];
/** One test decides whether any rewrite can apply (most text needs none). */
const REWRITE_HINT = /homeland|security |in charge|audit|owner of|kee?pt? |grand jury|investigation|inquiry|review|according to/;

function rewrite(lower: string): string {
  if (!REWRITE_HINT.test(lower)) return lower;
  let out = lower;
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return out;
}

const ACTIVITY_STEMS = new Set(["search", "query", "queri", "lookup", "look-up", "access", "us", "using", "run", "ran", "collect", "operat", "scan"].map((w) => stemWord(w)));

/** How much a feature says about which duty is at issue: little for subject and actor words, less for plain activity words. */
export function featureWeight(f: string): number {
  if (DOMAIN_STEMS.has(f) || (DOMAIN_TOPICS as readonly string[]).includes(f)) return 0.15;
  if (ACTIVITY_STEMS.has(f) || f === "@search") return 0.4;
  return f.startsWith("@") ? 1 : 0.55;
}

/** Topics a stem belongs to (empty when none). */
export function topicsOfStem(stem: string): readonly string[] {
  return WORD_TO_TOPICS.get(stem) ?? [];
}

export type Analysis = {
  /** Content-word stems in text order (stopwords dropped), for phrase matching. */
  stems: string[];
  /** Distinct features: stems plus `@topic` features. */
  features: Set<string>;
  /** Jurisdictions the text names ("CA", "VT", "MN"). */
  jurisdictions: Set<string>;
  /** Lower-cased, whitespace-normalized text (what patterns run on). */
  lower: string;
};

/** Lower-case word tokens; hyphenated words are kept whole and also split. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let special = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const joiner = c === 39 || c === 45 || c === 0x2019;
    if (letter || joiner || (c > 127 && /[\p{L}\p{N}]/u.test(lower[i]!))) {
      if (start < 0) start = i;
      if (joiner) special = true;
      continue;
    }
    if (start < 0) continue;
    const w = lower.slice(start, i);
    start = -1;
    if (!special) out.push(w);
    else pushSpecial(w, out);
    special = false;
  }
  return out;
}

/** A token with apostrophes or hyphens: trimmed; hyphenated words kept whole and also split. */
function pushSpecial(raw: string, out: string[]): void {
  const w = raw.replace(/^['’-]+|['’-]+$/g, "").replace(/['’](?!\p{L})/gu, "");
  if (!w) return;
  out.push(w);
  if (w.includes("-")) for (const part of w.split("-")) if (part) out.push(part);
}

/**
 * Stems and topic features of a text.
 *
 * @example
 * const a = analyzeText("The county kept plate scans for five years.");
 * a.features.has("@retain") // true
 * a.features.has("@alpr")   // true
 */
export function analyzeText(text: string): Analysis {
  const lower = rewrite(text.toLowerCase().replace(/\s+/g, " "));
  const stems: string[] = [];
  const features = new Set<string>();
  let rules = 0;
  for (const w of wordsOf(lower)) {
    const info = wordInfo(w);
    rules |= info.rules;
    if (!info.stem) continue;
    stems.push(info.stem);
    features.add(info.stem);
    for (const t of info.topics) features.add(t);
  }
  phraseTopics(lower, rules, features);
  const jurisdictions = new Set<string>();
  for (const [re, j] of JURISDICTION_CUES) if (re.test(lower)) jurisdictions.add(j);
  return { stems, features, jurisdictions, lower };
}

/**
 * The features of a text alone (what the index stores for a requirement's field).
 *
 * @example
 * [...featuresOf("Kept for five years")] // ["kept", "@retain", "year", …]
 */
export function featuresOf(text: string): Set<string> {
  const lower = rewrite(text.toLowerCase());
  const features = new Set<string>();
  let rules = 0;
  for (const w of wordsOf(lower)) {
    const info = wordInfo(w);
    rules |= info.rules;
    if (!info.stem) continue;
    features.add(info.stem);
    for (const t of info.topics) features.add(t);
  }
  phraseTopics(/\s\s|[\t\n\r]/.test(lower) ? lower.replace(/\s+/g, " ") : lower, rules, features);
  return features;
}

/** The content-word stems of a short phrase (a concept term), for phrase matching. */
export function phraseStems(phrase: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(phrase)) {
    if (w.includes("-")) continue;
    const stem = wordInfo(w).stem;
    if (stem) out.push(stem);
  }
  return out;
}

/** True when `needle` occurs as a contiguous run in `hay`. */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A readable label for a topic feature, for reasons ("@outside-recipient" → "recipient outside California public agencies"). */
export const TOPIC_LABELS: Record<string, string> = {
  "@share": "sharing",
  "@retain": "retention",
  "@audit": "audits or monitoring",
  "@search": "searches",
  "@log": "access records",
  "@purpose": "purpose of use",
  "@train": "training",
  "@user": "who may use the system",
  "@accuracy": "accuracy or errors",
  "@security": "security",
  "@policy": "the written policy",
  "@publish": "publishing the policy",
  "@public-meeting": "public meeting or comment",
  "@outside-recipient": "a recipient other than a public agency",
  "@misuse": "misuse",
  "@custodian": "the responsible official",
  "@hotlist": "hot lists",
  "@datatype": "types of data stored",
  "@alpr": "license plate readers",
  "@bwc": "body-worn cameras",
  "@military": "military equipment",
};
