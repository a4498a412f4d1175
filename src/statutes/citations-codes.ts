/**
 * The table of codes the citation engine knows: names, the ways writers spell
 * them, what their section numbers look like and how to print them.
 *
 * Everything jurisdiction-specific lives here so the grammar stays general: a
 * new code is a row, not a new regular expression. Names are matched in a
 * normalized form (lower case, no periods or apostrophes, "&" → "and", runs of
 * single letters joined: "N.H." → "nh", "Gov't" → "govt"), so one alias covers
 * "Civ. Code", "CIV CODE" and "Civ.Code".
 */

/** How a subdivision path is printed after the section number. */
export type PathStyle =
  | "parens" // § 1798.90.51(b)(2)(A)
  | "mn" //     § 13.824, subd. 5(a)(2)
  | "nh"; //    § 261:75-b, II(a)

/** The ladder of label styles from the top of a section down (mirrors provisions-labels.ts). */
export type PathScheme = "ca" | "ut" | "mn" | "nh" | "cfr" | "loose";

export type CodeSpec = {
  /** Base key; titled codes append "-<title>" unless `titleInKey` is false. */
  key: string;
  jurisdiction: string;
  /** Display name; "{t}" stands for the title number. */
  name: string;
  /** Canonical prefix before "§"; "{t}" stands for the title number. */
  cite: string;
  /** What a whole section number of this code looks like. */
  shape: RegExp;
  scheme: PathScheme;
  pathStyle: PathStyle;
  /** Numbered by title (U.S.C., V.S.A., ILCS chapters, C.F.R., Cal. Code Regs.). */
  titled?: boolean;
  /** ILCS keeps the brief's key "ilcs" and carries its chapter in `Citation.title`. */
  titleInKey?: boolean;
  /** ILCS prints no section sign: "625 Ill. Comp. Stat. 5/2-130". */
  noSectionSign?: boolean;
  /** Sections are "title-chapter-section"; "§ 1804" after "§ 12-12-1801" is a short form. */
  hyphenated?: boolean;
  /** A constitution: the "title" is the article or amendment ("art. I", "amend. XIV"). */
  constitution?: boolean;
};

const CA_SECTION = /^\d+(?:\.\d+)*[a-z]?$/;

/**
 * California's 29 codes: key, display name, canonical abbreviation, aliases.
 * Canonical abbreviations follow Bluebook T1 ("Cal. Civ. Code", "Cal. Penal Code"),
 * except Government, printed "Gov." as the California Style Manual and the
 * team's examples do. Aliases add the Style Manual and everyday forms.
 */
const CA_CODES: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ["bus-prof", "Business and Professions Code", "Bus. & Prof.", ["business and professions", "bus and prof", "bus and professions"]],
  ["civ", "Civil Code", "Civ.", ["civil", "civ"]],
  ["civ-proc", "Code of Civil Procedure", "Civ. Proc.", ["civ proc", "civil procedure", "civil proc"]],
  ["com", "Commercial Code", "Com.", ["commercial", "com"]],
  ["corp", "Corporations Code", "Corp.", ["corporations", "corp", "corps"]],
  ["educ", "Education Code", "Educ.", ["education", "educ", "ed"]],
  ["elec", "Elections Code", "Elec.", ["elections", "elec"]],
  ["evid", "Evidence Code", "Evid.", ["evidence", "evid"]],
  ["fam", "Family Code", "Fam.", ["family", "fam"]],
  ["fin", "Financial Code", "Fin.", ["financial", "fin"]],
  ["fish-game", "Fish and Game Code", "Fish & Game", ["fish and game", "fish and g"]],
  ["food-agric", "Food and Agricultural Code", "Food & Agric.", ["food and agricultural", "food and agric", "food and agr"]],
  ["gov", "Government Code", "Gov.", ["government", "gov", "govt"]],
  ["harb-nav", "Harbors and Navigation Code", "Harb. & Nav.", ["harbors and navigation", "harb and nav"]],
  ["health-safety", "Health and Safety Code", "Health & Safety", ["health and safety", "health and saf", "h and s"]],
  ["ins", "Insurance Code", "Ins.", ["insurance", "ins"]],
  ["lab", "Labor Code", "Lab.", ["labor", "lab"]],
  ["mil-vet", "Military and Veterans Code", "Mil. & Vet.", ["military and veterans", "mil and vet"]],
  ["pen", "Penal Code", "Penal", ["penal", "pen"]],
  ["prob", "Probate Code", "Prob.", ["probate", "prob"]],
  ["pub-cont", "Public Contract Code", "Pub. Cont.", ["public contract", "pub contract", "pub cont"]],
  ["pub-res", "Public Resources Code", "Pub. Res.", ["public resources", "pub resources", "pub res"]],
  ["pub-util", "Public Utilities Code", "Pub. Util.", ["public utilities", "pub utilities", "pub util"]],
  ["rev-tax", "Revenue and Taxation Code", "Rev. & Tax.", ["revenue and taxation", "rev and tax"]],
  ["sts-hwys", "Streets and Highways Code", "Sts. & High.", ["streets and highways", "sts and high", "sts and hy", "sts and hwys", "st and hwy"]],
  ["unemp-ins", "Unemployment Insurance Code", "Unemp. Ins.", ["unemployment insurance", "unemp ins"]],
  ["veh", "Vehicle Code", "Veh.", ["vehicle", "veh"]],
  ["water", "Water Code", "Water", ["water"]],
  ["welf-inst", "Welfare and Institutions Code", "Welf. & Inst.", ["welfare and institutions", "welf and inst", "w and i"]],
];

/** Maryland articles: key suffix, article name, Bluebook abbreviation, aliases (normalized, without "article"). */
const MD_ARTICLES: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ["pub-safety", "Public Safety", "Pub. Safety", ["public safety", "pub safety", "ps"]],
  ["gen-prov", "General Provisions", "Gen. Provis.", ["general provisions", "gen provis", "gen prov", "gp"]],
  ["crim-proc", "Criminal Procedure", "Crim. Proc.", ["criminal procedure", "crim proc", "cp"]],
  ["crim-law", "Criminal Law", "Crim. Law", ["criminal law", "crim law", "cr"]],
  ["transp", "Transportation", "Transp.", ["transportation", "transp", "tr"]],
  ["state-gov", "State Government", "State Gov't", ["state government", "state govt", "state gov", "sg"]],
  ["cts-jud-proc", "Courts and Judicial Proceedings", "Cts. & Jud. Proc.", ["courts and judicial proceedings", "cts and jud proc", "cj"]],
];

const SPECS = new Map<string, CodeSpec>();
function add(spec: CodeSpec): void {
  SPECS.set(spec.key, spec);
}

for (const [key, name, abbr] of CA_CODES) {
  add({ key, jurisdiction: "CA", name, cite: `Cal. ${abbr} Code`, shape: CA_SECTION, scheme: "ca", pathStyle: "parens" });
}
const MD_SECTION = /^\d+[A-Z]?-\d+(?:\.\d+)?$/;
for (const [suffix, name, abbr] of MD_ARTICLES) {
  add({ key: `md-${suffix}`, jurisdiction: "MD", name: `Maryland Code, ${name} Article`, cite: `Md. Code Ann., ${abbr}`, shape: MD_SECTION, scheme: "ca", pathStyle: "parens", hyphenated: true });
}
add({ key: "md-code", jurisdiction: "MD", name: "Maryland Code (article not named)", cite: "Md. Code Ann.", shape: MD_SECTION, scheme: "ca", pathStyle: "parens", hyphenated: true });
add({ key: "ccr", jurisdiction: "CA", name: "California Code of Regulations, Title {t}", cite: "Cal. Code Regs. tit. {t},", shape: /^\d+(?:\.\d+)*$/, scheme: "ca", pathStyle: "parens", titled: true });
add({ key: "vsa", jurisdiction: "VT", name: "Vermont Statutes Annotated, Title {t}", cite: "Vt. Stat. Ann. tit. {t},", shape: /^\d+[a-z]?$/, scheme: "ca", pathStyle: "parens", titled: true });
add({ key: "minn-stat", jurisdiction: "MN", name: "Minnesota Statutes", cite: "Minn. Stat.", shape: /^\d+[A-Z]?\.\d+$/, scheme: "mn", pathStyle: "mn" });
add({ key: "utah-code", jurisdiction: "UT", name: "Utah Code", cite: "Utah Code Ann.", shape: /^\d+[A-Za-z]?-\d+[a-z]?-\d+(?:\.\d+)?$/, scheme: "ut", pathStyle: "parens", hyphenated: true });
add({ key: "rsa", jurisdiction: "NH", name: "New Hampshire Revised Statutes Annotated", cite: "N.H. Rev. Stat. Ann.", shape: /^\d+[A-Z]?(?:-[A-Z])?:\d+(?:-[a-z]{1,2})?$/, scheme: "nh", pathStyle: "nh" });
add({ key: "ark-code", jurisdiction: "AR", name: "Arkansas Code", cite: "Ark. Code Ann.", shape: /^\d+-\d+-\d+$/, scheme: "ca", pathStyle: "parens", hyphenated: true });
add({ key: "ilcs", jurisdiction: "IL", name: "Illinois Compiled Statutes, Chapter {t}", cite: "{t} Ill. Comp. Stat.", shape: /^\d+\/\d+[\w.-]*$/, scheme: "ca", pathStyle: "parens", titled: true, titleInKey: false, noSectionSign: true });
add({ key: "fla-stat", jurisdiction: "FL", name: "Florida Statutes", cite: "Fla. Stat.", shape: /^\d+\.\d+$/, scheme: "loose", pathStyle: "parens" });
add({ key: "usc", jurisdiction: "US", name: "United States Code, Title {t}", cite: "{t} U.S.C.", shape: /^\d+(?:[a-z]+(?:-\d+[a-z]?)?)?$/, scheme: "ca", pathStyle: "parens", titled: true });
add({ key: "cal-const", jurisdiction: "CA", name: "California Constitution, {t}", cite: "Cal. Const. {t},", shape: /^\d+[a-z]?(?:\.\d+)?$/, scheme: "ca", pathStyle: "parens", titled: true, titleInKey: false, constitution: true });
add({ key: "us-const", jurisdiction: "US", name: "United States Constitution, {t}", cite: "U.S. Const. {t},", shape: /^\d+[a-z]?$/, scheme: "ca", pathStyle: "parens", titled: true, titleInKey: false, constitution: true });
add({ key: "cfr", jurisdiction: "US", name: "Code of Federal Regulations, Title {t}", cite: "{t} C.F.R.", shape: /^\d+\.\d+[a-z]?$/, scheme: "cfr", pathStyle: "parens", titled: true });

/** Normalized name (including its last word) → base key. */
const ALIASES = new Map<string, string>();
/** California names, which may also carry a state prefix ("Cal.", "California", "CA"). */
const CA_ALIASES = new Map<string, string>();

for (const [key, , , aliases] of CA_CODES) for (const a of aliases) CA_ALIASES.set(`${a} code`, key);
CA_ALIASES.set("code regs", "ccr");
CA_ALIASES.set("code of regulations", "ccr");

function alias(key: string, names: readonly string[]): void {
  for (const n of names) ALIASES.set(n, key);
}
alias("minn-stat", ["minn stat", "minn stats", "minn statute", "minn statutes", "minnesota statutes", "minnesota statute", "minnesota stat", "minnesota state statute", "minnesota state statutes", "mn stat", "mn stats", "mn statute", "mn statutes"]);
alias("fla-stat", ["fla stat", "fla stats", "florida statutes", "florida statute", "fla statutes"]);
alias("rsa", ["rsa", "nh rsa", "nh rev stat", "nh revised statutes", "new hampshire revised statutes", "new hampshire rsa"]);
alias("utah-code", ["utah code", "uca"]);
alias("ark-code", ["ark code", "arkansas code", "aca"]);
alias("md-code", ["md code", "maryland code", "maryland annotated code", "md ann code", "annotated code of maryland"]);
alias("vsa", ["vsa", "vt stat", "vt stats", "vermont statutes", "vt statutes"]);
alias("usc", ["usc", "usca", "united states code", "us code"]);
alias("cfr", ["cfr", "code of federal regulations"]);
alias("ilcs", ["ilcs", "ill comp stat", "illinois compiled statutes"]);
alias("ccr", ["ccr", "cal code regs", "california code of regulations"]);
alias("cal-const", ["cal const", "california const", "california constitution", "calif const", "ca const"]);
alias("us-const", ["us const", "us constitution", "united states constitution", "federal constitution"]);
for (const [suffix, , , names] of MD_ARTICLES) for (const n of names) if (n.length > 2) ALIASES.set(`${n} article`, `md-${suffix}`);
// "Md. Public Safety Code Ann." — no California code has these names.
alias("md-pub-safety", ["public safety code", "md public safety code", "maryland public safety code"]);

/** Maryland article names after "Md. Code Ann.," (normalized) → key. */
export const MD_ARTICLE_KEYS = new Map<string, string>();
for (const [suffix, , , names] of MD_ARTICLES) for (const n of names) MD_ARTICLE_KEYS.set(n, `md-${suffix}`);

/** Uppercase shorthands only read when a section number follows ("PC 832.18", "PS § 3-509"). */
export const SHORTHANDS = new Map<string, string>([
  ["PC", "pen"], ["CPC", "pen"], ["VC", "veh"], ["CVC", "veh"], ["GC", "gov"], ["HSC", "health-safety"],
  ["H&S", "health-safety"], ["WIC", "welf-inst"], ["W&I", "welf-inst"], ["B&P", "bus-prof"], ["BPC", "bus-prof"],
  ["CCP", "civ-proc"], ["PRC", "pub-res"], ["FGC", "fish-game"],
  ["PS", "md-pub-safety"], ["GP", "md-gen-prov"], ["CP", "md-crim-proc"], ["CR", "md-crim-law"], ["TR", "md-transp"], ["SG", "md-state-gov"], ["CJ", "md-cts-jud-proc"],
]);

/** Words that put "California" in front of a code name. */
export const CA_PREFIXES = new Set(["cal", "california", "calif", "ca"]);

/**
 * Other states' names and Bluebook abbreviations (last word of two-word names):
 * "Illinois Vehicle Code", "Tex. Penal Code", "New York Penal Code" are not California's.
 * Words that are also ordinary English ("or", "me", "new", "mass") are left out.
 */
export const OTHER_STATES = new Set([
  "alabama", "ala", "alaska", "arizona", "ariz", "arkansas", "ark", "colorado", "colo", "connecticut", "conn", "delaware",
  "florida", "fla", "georgia", "hawaii", "haw", "idaho", "illinois", "ill", "indiana", "iowa", "kansas", "kan",
  "kentucky", "ky", "louisiana", "maine", "maryland", "md", "massachusetts", "michigan", "mich",
  "minnesota", "minn", "mississippi", "missouri", "montana", "mont", "nebraska", "neb", "nevada", "nev",
  "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "nh", "nj", "nm", "ny", "nc", "nd", "ohio", "oklahoma", "okla", "oregon",
  "pennsylvania", "island", "ri", "sc", "sd", "tennessee", "tenn", "texas", "tex", "tx", "utah", "vermont", "vt", "virginia", "va",
  "washington", "wisconsin", "wis", "wyoming", "wyo", "federal", "uniform", "model",
]);

/** Words that can come right before a name's last word ("civil" in "civil code", "h" of "n h rsa"). */
const NAME_TAILS = new Set<string>();
for (const name of [...ALIASES.keys(), ...CA_ALIASES.keys()]) {
  const words = name.split(" ");
  if (words.length >= 2) NAME_TAILS.add(words[words.length - 2]!);
}

/** Could a name end with this word before its anchor? Lets prose "code" skip the alias search. */
export function canPrecedeAnchor(normalizedWord: string): boolean {
  return normalizedWord.length === 1 || NAME_TAILS.has(normalizedWord) || CA_PREFIXES.has(normalizedWord);
}

/** Look up a normalized name; returns the base key or undefined. */
export function codeKeyForName(normalized: string): string | undefined {
  return ALIASES.get(normalized);
}

/** Look up a normalized California name (without state prefix). */
export function caCodeKeyForName(normalized: string): string | undefined {
  return CA_ALIASES.get(normalized);
}

export function specFor(baseKey: string): CodeSpec | undefined {
  return SPECS.get(baseKey);
}

/** Join normalized words, running single letters together: ["n","h","rsa"] → "nh rsa". */
export function joinWords(words: readonly string[]): string {
  const out: string[] = [];
  let letters = "";
  for (const w of words) {
    if (!w) continue;
    if (w.length === 1 && w >= "a" && w <= "z") {
      letters += w;
      continue;
    }
    if (letters) out.push(letters), (letters = "");
    out.push(w);
  }
  if (letters) out.push(letters);
  return out.join(" ");
}

/** The words of a raw name, lower case, without periods or apostrophes, "&" as "and". */
export function nameWords(raw: string): string[] {
  return raw.toLowerCase().replace(/&/g, " and ").replace(/['’]/g, "").split(/[\s.,]+/).filter(Boolean);
}

/**
 * Normalize a name for lookup: "Gov't" → "govt", "Bus. & Prof." → "bus and prof",
 * "N.H. Rev. Stat." → "nh rev stat", "V.S.A." → "vsa".
 */
export function normalizeName(raw: string): string {
  return joinWords(nameWords(raw));
}
