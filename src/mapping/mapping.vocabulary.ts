/**
 * The finding mapper's vocabulary, as data: synonym groups (topic features),
 * phrase rules, words that name the subject rather than a duty, rewrites of
 * misleading phrases, jurisdiction cues and the labels shown in reasons.
 * Meanings here are ones a reader would agree on ("kept", "stored", "never
 * purged" are about retention), never fitted to one text. `mapping.lexicon.ts`
 * turns text into features with them.
 */

/** Words that carry no meaning for ranking. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again all also am an and any are as at be been before being below between both but by can could did do does doing " +
    "during each either else for from further had has have having he her here hers him his how i if in into is it its itself just may me might " +
    "more most much must my nor of off on once only or other our ours out over own per same shall she should so some such than that the their " +
    "theirs them then there these they this those through thus to too under until up upon us very via was we were what when where whether which " +
    "while who whom whose why will with within would yet you your its one two three four five six seven eight nine ten said says say according " +
    "not no never none nothing any every also section sections subdivision subdivisions paragraph subparagraph clause"
  ).split(" "),
);

/** The other states (sharing with their agencies is sharing outside California's public agencies). */
export const OTHER_STATES = ["alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"];

/** States named by jurisdiction cues below: naming them says whose law applies, not (by itself) who received data. */
const JURISDICTION_STATES = ["vermont", "minnesota"];

/**
 * Topic features from single words (matched on stems). A word may belong to
 * several topics. Kept to meanings a reader would agree on, not to any one text.
 */
export const WORD_TOPICS: Record<string, string[]> = {
  "@share": ["share", "sharing", "sell", "sold", "sale", "transfer", "disseminate", "dissemination", "release", "disclose", "disclosed", "exchange", "resell", "broker", "onward", "receive", "recipient", "recipients", "requesting", "aggregator"],
  "@retain": ["retain", "retention", "keep", "kept", "store", "storage", "stores", "preserve", "preservation", "archive", "purge", "destroy", "destruction", "delete", "deletion", "erase", "expunge", "dispose", "indefinitely", "age", "older"],
  "@audit": ["audit", "auditing", "monitor", "monitoring", "oversight", "oversee", "inspect", "inspection", "scrutiny", "detect", "catch", "supervisor", "supervisors"],
  "@search": ["search", "query", "queries", "lookup", "look-up", "searched", "queried", "inquiry"],
  "@log": ["log", "logs", "logged", "logging", "trail"],
  "@purpose": ["purpose", "reason", "justification", "justify", "rationale"],
  "@train": ["train", "training", "trained", "course", "certification", "certified", "refresher", "instruction"],
  "@user": ["user", "users", "account", "accounts", "login", "logins", "log-in", "employee", "personnel", "staff", "contractor", "contractors", "designation", "position", "positions", "rank", "ranks", "role", "roles", "classification", "classifications"],
  "@accuracy": ["accuracy", "accurate", "inaccurate", "inaccuracy", "error", "erroneous", "misread", "misreads", "mistake", "mistaken", "misidentify", "misidentified", "misidentification", "wrongful", "gunpoint", "correct", "correction", "verify", "verification", "confirm", "outdated", "stale", "fix", "recovered", "returned", "handcuffed"],
  "@security": ["security", "secure", "securely", "unsecured", "insecure", "breach", "breached", "hack", "hacked", "hacker", "exposed", "exposure", "leak", "leaked", "password", "passwords", "encrypt", "encryption", "encrypted", "unencrypted", "authentication", "vulnerable", "vulnerability", "cyber", "cybersecurity", "misconfigured", "safeguard", "safeguards", "cjis", "credentials", "unprotected", "ransomware", "cyberattack", "intrusion", "compromised", "phishing", "malware"],
  "@policy": ["policy", "policies", "guideline", "guidelines", "procedure", "procedures", "rules"],
  "@publish": ["post", "posted", "posting", "website", "online", "publish", "published", "publicly", "internet", "conspicuously", "web"],
  "@public-meeting": ["hearing", "council", "commission", "meeting", "comment", "agenda", "discussion", "debate", "vote"],
  "@outside-recipient": ["ice", "immigration", "federal", "dhs", "cbp", "fbi", "dea", "nationwide", "national", "company", "companies", "corporation", "broker", "repossession", "repo", "insurer", "insurance", "vigilant", "association", "honolulu", ...OTHER_STATES.filter((s) => !s.includes(" ") && !JURISDICTION_STATES.includes(s))],
  "@misuse": ["misuse", "misused", "abuse", "abused", "stalk", "stalking", "harass", "harassment", "personal", "ex-girlfriend", "ex-wife", "ex-husband", "girlfriend", "boyfriend", "protester", "protesters", "protest", "abortion", "immigration", "surveil", "unauthorized", "romantic", "fishing", "curiosity", "neighbor", "neighbors"],
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
export const PHRASE_TOPICS: [RegExp, string[], string][] = [
  [/\bout[- ]of[- ]state\b|\boutside (of )?(california|the state)\b|\bother states?\b|\bacross the (country|united states|nation)\b|\bacross state lines\b/g, ["@outside-recipient"], "out outside other across"],
  [/\b(new (hampshire|jersey|mexico|york)|(north|south) (carolina|dakota)|rhode island|west virginia)\b/g, ["@outside-recipient"], "new north south rhode west"],
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

/** Words that name the subject or the actors, not a duty (plates, cameras, police, data). */
export const ACTOR_WORDS = ["license", "licence", "reader", "readers", "recognition", "automated", "camera", "cameras", "vehicle", "vehicles", "car", "cars", "scan", "scans", "image", "images", "equipment", "data", "information", "system", "systems", "database", "agency", "agencies", "department", "police", "sheriff", "officer", "officers", "deputy", "deputies", "city", "county", "law", "enforcement"];

/** Plain activity words: searching and using the system is the setting of most findings, rarely their point. */
export const ACTIVITY_WORDS = ["search", "query", "queri", "lookup", "look-up", "access", "us", "using", "run", "ran", "collect", "operat", "scan"];

/** Jurisdiction cues: text that names the state whose law applies. */
export const JURISDICTION_CUES: [RegExp, string][] = [
  [/\bcalifornia\b|\bcal\. civ\.|\bcivil code\b|\bsb 34\b|\bsenate bill 34\b/, "CA"],
  [/\bvermont\b|\bv\.s\.a\./, "VT"],
  [/\bminnesota\b|\bminn\. stat/, "MN"],
];

/**
 * Phrases whose words would mislead: names that contain duty words ("Homeland
 * Security" is not about data security) and attributions ("the audit found")
 * that name the source of a finding, not its subject.
 */
export const REWRITES: [RegExp, string][] = [
  [/\bhomeland security\b/g, "dhs"],
  [/\bsecurity (contractors?|compan(?:y|ies)|firms?|guards?)\b/g, "$1"],
  [/\bin charge of\b/g, "responsible for"],
  [/\bbreach(?:ed|es|ing)? (?:of )?(?:the |state |federal )?(?:law|laws|sb \d+|statute|civil code|section|policy|its policy|their policy|the department's policy)\b/g, "violated the law"],
  [/\baudit (trails?|logs?)\b/g, "access $1"],
  [/\bowner of the (car|vehicle|truck|plate)\b/g, "driver"],
  [/\b(?:keep|keeps|kept|keeping) (a |an |the )?(records?|logs?)\b/g, "maintain $1$2"],
  [/\b(?:audit(?:or)?s?|auditor's|grand jury|investigation|inquiry|review)(?:\s+(?:report|division))?(?:\s+(?:published|released|issued)\s+in\s+\w+(?:\s+\d{4})?)?\s+(?:found|finds|concluded|concludes|revealed|reveals|shows?|showed|determined|noted|notes|said|says|stated|states|reported|reports)\b(?:\s+that)?/g, " "],
  [/\baccording to (?:the|a|an) [^,.]{0,40}\b(?:audit|report|investigation|review)\b/g, " "],
  [/\bstate auditor\b/g, " "],
];
/** Substrings one of which any rewrite needs: most text contains none and skips them all. */
export const REWRITE_HINTS = ["breach", "homeland", "security ", "in charge", "audit", "owner of", "keep", "kept", "grand jury", "investigation", "inquiry", "review", "according to"];

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
