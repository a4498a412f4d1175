/**
 * Does a passage describe something wrong, and of what kind?
 *
 * A finding says what an agency failed to do or did that it must not
 * ("never audited", "shared with ICE", "kept for five years", "the policy does
 * not say…"); a description of the law, of a compliant policy or of how the
 * technology works does not, even when it uses the same nouns. The cues below
 * are the grammar of findings: negated duties, failure words, words of
 * violation and harm, recommendations, and prohibited practices (sharing with
 * a recipient that is not a public agency). Their weight is damped inside
 * sentences that state rules ("shall not", "the bill would…"), so policy text
 * and legal descriptions stay below the threshold. Pure and deterministic.
 */
import { OTHER_STATES } from "./mapping.vocabulary.js";

export type Deficiency = {
  describesDeficiency: boolean;
  /** Plain-words cues found, strongest first ("did not audit", "shared with federal immigration authorities"). */
  cues: string[];
  /** Sum of cue weights after damping; `describesDeficiency` is strength ≥ 0.75. */
  strength: number;
  /** The passage says a policy lacks something (points at policy elements). */
  policyGap: boolean;
  /** The passage says there is no policy at all, or it is not published. */
  noPolicy: boolean;
  /** The passage describes what the agency did (points at practices and prohibitions). */
  practice: boolean;
  /** The passage faults the policy as a whole ("lacked required elements"). */
  wholePolicy: boolean;
  /** The passage describes a use of the data for a purpose the law does not allow (stalking, immigration enforcement…). */
  misuse: boolean;
  /** A practice the law prohibits, in words ("sharing with a private entity"), or null. */
  prohibitedPractice: string | null;
  /** The words around each cue: what the passage says is wrong ("no one audits who searches the database"). */
  focus: string[];
  /** Topics the cues themselves are evidence of ("@misuse" for "to follow a woman he met on a dating app"). */
  topics: string[];
};

const THRESHOLD = 0.75;

/**
 * `after`: the cue names a failure whose object follows ("did not audit searches"); otherwise what it describes comes before it
 * ("plate scans kept for five years"). `topic`: what the cue is evidence about, whatever words surround it.
 */
type Cue = { re: RegExp; weight: number; label: (m: RegExpMatchArray) => string; weak?: boolean; after?: boolean; misuse?: boolean; topic?: string };

const LAW_SUBJECT = /\b(law|laws|statute|statutes|code|section|definition|bill|act|sb \d+|ab \d+|subdivision|legislation|legislature|constitution|rule)\b[^.]{0,40}$/;
const NEUTRAL_AFTER_NEGATION = new Set(["match", "matched", "matching", "relate", "related", "correspond", "belong", "appear", "want", "strike"]);
/** Acts the law forbids: denying them ("has never shared data with ICE") is a claim of compliance, not a finding. */
const PROHIBITED_ACTS = /^(shar|sold|sell|transfer|disclos|releas|giv|gave|provid|misus|abus|track)/;
/** What a denied sharing act must be about to count as a claim of compliance ("never shared data", not "did not provide evidence"). */
const SHARED_OBJECT = /\b(data|information|images?|plates?|reads|scans|records|access to)\b/;
/** Words that mark a possibility rather than a fact ("could be misused", "critics fear"). */
const HYPOTHETICAL = /\b(could|might|would) (?:potentially |possibly |also |easily )?(?:be |have been )?(?:misused|abused|hacked|shared|breached|exposed|used|sold|accessed|leaked|stolen|retained)\b|\b(fear|fears|worry|worries|worried|warn|warns|warned) (?:that|about)\b|\bpotential(?:ly)? (?:for )?(?:misuse|abuse)\b/;
const DUTY_VERBS =
  "have|has|include|includes|say|says|state|states|specify|specifies|list|lists|identify|identifies|define|defines|describe|describes|address|addresses|name|names|designate|require|requires|record|records|log|track|audit|audits|review|reviews|maintain|maintains|keep (?:a |any |an )?(?:records?|logs?|track)|keeps (?:a |any |an )?(?:records?|logs?|track)|monitor|check|checks|post|publish|know|show|tell|provide|produce|contain|contains|limit|limits|set|sets|mention|mentions|verify|confirm|document|capture|captures|exist|explain|follow|follows|purge|delete|destroy|train|enter|disable|deactivate|determine|account|get|see|authorize|allow|permit|know";
const PARTICIPLES =
  "posted|available|required|specified|listed|recorded|logged|audited|reviewed|monitored|documented|trained|deleted|purged|destroyed|disabled|deactivated|designated|named|defined|limited|tracked|enforced|followed|secured|encrypted|protected|verified|corrected|identified|stated|addressed|included|implemented|approved|discussed|consulted|informed|notified|told|given|found|located|provided|produced|integrated|adopted|completed|updated|finalized";

const CUES: Cue[] = [
  { re: /\b(violat(?:e|ed|es|ing|ions?)|illegal(?:ly)?|unlawful(?:ly)?|in breach of|broke (?:the|state) law|breaking (?:the|state) law|breach(?:ed|es)? (?:of )?(?:the |state |federal )?(?:law|laws|sb \d+|statute|civil code)|against (?:the|state) law)\b/g, weight: 1.2, label: () => "says the law was broken" },
  { re: /\bfail(?:ed|s|ing|ure)? to (\w+)/g, weight: 1.0, after: true, label: (m) => `failed to ${m[1]}` },
  { re: /\b(did not|didn't|has not|hasn't|have not|haven't|had not|hadn't)\s+(?:yet\s+|ever\s+|always\s+|completely\s+|clearly\s+|adequately\s+)?(\w+)/g, weight: 1.0, after: true, label: (m) => `${m[1]} ${m[2]}` },
  { re: /(?<!\b(?:will|shall|may|must|should|would|can|to|be)\s)\bnever\s+(?:been\s+|be\s+)?(\w+)/g, weight: 1.0, after: true, label: (m) => `never ${m[1]}` },
  { re: new RegExp(`\\b(does not|doesn't|do not|don't|is not|isn't|are not|aren't|was not|wasn't|were not|weren't|cannot|can't|could not|couldn't)\\s+(?:be\\s+|been\\s+|yet\\s+|always\\s+|clearly\\s+)?(${DUTY_VERBS}|${PARTICIPLES})\\b`, "g"), weight: 1.0, after: true, label: (m) => `${m[1]} ${m[2]}` },
  { re: new RegExp(`(?<!\\b(?:will|shall|may|must|should|would|can|cannot|be|and|or)\\s)\\bnot\\s+(?:yet\\s+)?(${PARTICIPLES})\\b`, "g"), weight: 0.9, label: (m) => `not ${m[1]}` },
  { re: /\b(lack(?:s|ed|ing)?|omit(?:s|ted)?|silent (?:on|about)|nothing in|nowhere|says nothing|makes no|sets no|contains no|absent)\b/g, weight: 1.0, after: true, label: (m) => m[1]! },
  { re: /\bmissing\b(?! (?:persons?|children|child|people|adults?|juveniles?)\b)/g, weight: 1.0, label: () => "missing" },
  { re: /\bno (one|body|official|supervisor|manager|commander|administrator|record|records|log|logs|audit|audits|oversight|policy|written|training|procedure|process|limit|limits|retention|public|opportunity|mechanism|way|assurance|evidence|guidance|rules|review|reviews|requirement|restrictions?|documentation|justification|reason|case|formal|single|purge|deletion|safeguards|controls?)\b/g, weight: 1.0, after: true, label: (m) => `no ${m[1]}` },
  { re: /\bwithout\s+(?:any\s+|a\s+|an\s+|the\s+|first\s+|their\s+|its\s+|city\s+|prior\s+)?(written|public|policy|training|trained|authori[sz]ation|authority|warrant|permission|consent|case|stated|reason|justification|oversight|audits?|hearing|comment|approval|notice|input|discussion|knowledge|review|considering|verifying|visually|confirming|attestations?|ever|council|board|limits?|entering|court|order|subpoena)\b/g, weight: 0.8, weak: true, after: true, label: (m) => `without ${m[1]}` },
  { re: /\b(indefinitely|forever|in perpetuity|(?:far |much )?longer than (?:necessary|needed|allowed|permitted|required|the law allows|(?:it|they) needs?(?: to)?))\b/g, weight: 1.0, label: (m) => m[1]! },
  { re: /\b(?:for|than|after)\s+(?:more than\s+|over\s+|up to\s+|nearly\s+|almost\s+)?((?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years|years)\b/g, weight: 0.9, topic: "@retain", label: (m) => `kept for ${m[1]}` },
  { re: /\b(?:beyond|past|exceed(?:ed|ing|s)?|longer than) (?:the |its |their |a |any )?(?:[\w-]+ )?(retention (?:period|limit|schedule)|(?:\d+|thirty|sixty|ninety)[- ]day (?:limit|period))\b/g, weight: 1.0, topic: "@retain", label: (m) => `kept beyond the ${m[1]}` },
  { re: /\b(nobody|no one|none of (?:the|them|these)|none had)\b/g, weight: 1.0, after: true, label: (m) => m[1]! },
  { re: /\b(?:remain(?:s|ed)?|still (?:sit|sits|stored|kept|held)|linger(?:s|ed)?) (?:in|on) (?:the|a|its|their) (?:database|system|server|cloud)\b[^.]{0,40}\byears?\b/g, weight: 0.9, topic: "@retain", label: () => "kept for years" },
  { re: /\b(?:will|would) not (know|be able to)\b/g, weight: 0.8, after: true, label: (m) => `will not ${m[1]}` },
  { re: /\bmust (better|improve|increase|expand|do more|strengthen)\b/g, weight: 0.9, after: true, label: (m) => `must ${m[1]}` },
  { re: /\b(left|leaving|leave) [^.]{0,30}\bblank\b|\bblank (?:reason|purpose|field)\b/g, weight: 0.8, label: () => "left blank" },
  { re: /\b(?:his|her|their) (?:own |estranged |former |ex-|new |then-)?(daughter|son|wife|husband|boyfriend|girlfriend|partner|neighbou?rs?|relatives?|friends?|family|spouse|ex)(?:'s)?\b|\b(dating app|(?:woman|man|person) (?:he|she) (?:met|dated|knew)|romantic (?:partner|interest)|love interest|(?:out of|personal|idle) curiosity)\b/g, weight: 1.0, misuse: true, weak: true, topic: "@misuse", label: (m) => `personal use (${m[1] ?? m[2]})` },
  { re: /\b(fired|disciplined|suspended|charged|convicted|terminated|reprimanded|resigned) (?:after|for)\b/g, weight: 0.9, misuse: true, topic: "@misuse", label: (m) => `${m[1]} for misuse` },
  { re: /\b(fishing expeditions?|allowing anyone|open to anyone|anyone (?:could|can|with))\b/g, weight: 0.8, label: (m) => m[1]! },
  { re: /\bfor any (?:purpose|reason)(?: whatsoever)?\b(?! other than)/g, weight: 0.9, misuse: true, weak: true, topic: "@misuse", label: () => "any purpose" },
  { re: /\b(?:partially|partly) (?:implemented|implement|addressed|complied)\b/g, weight: 0.6, label: () => "partially implemented" },
  { re: /\b(immigration(?:-related)? (?:enforcement|reasons|purposes|investigations?|cases)|track(?:ed|ing)? (?:his|her|their) (?:ex|wife|husband|girlfriend|boyfriend|partner|neighbou?r|former)\S*|ex-(?:girlfriend|boyfriend|wife|husband|partner)|protesters?|people seeking abortions?|seeking (?:an )?abortions?|self-administered abortion)\b/g, weight: 1.0, misuse: true, weak: true, topic: "@misuse", label: (m) => (m[1]!.startsWith("track") ? `used to ${m[1]}` : `use for ${m[1]}`) },
  { re: /\b(misus(?:e|ed|ing)|abus(?:e|ed|ing)|stalk(?:ed|ing)?|harass(?:ed|ment|ing)?|personal reasons|for personal (?:use|gain|matters))\b/g, weight: 1.0, misuse: true, weak: true, topic: "@misuse", label: (m) => m[1]! },
  { re: /\b(wrongful(?:ly)?|at gunpoint|improper(?:ly)?|inappropriate(?:ly)?|unjustified|illegitimate)\b/g, weight: 1.0, label: (m) => m[1]! },
  { re: /\b(misread(?:s|ing)?|misidentif\w+|false (?:hits?|positives?|alerts?|match(?:es)?)|wrong (?:car|vehicle|plate|person|driver|family)|mistaken(?:ly)?|erroneous(?:ly)?|errors?|inaccura(?:te|cies|cy)|outdated|already (?:been )?(?:recovered|returned|found|located)|(?:refreshed|updated) only (?:weekly|monthly|once a (?:week|month)))\b/g, weight: 0.6, weak: true, topic: "@accuracy", label: (m) => m[1]! },
  { re: /\b(breach(?:ed|es)?(?! (?:of )?(?:the |state |federal )?(?:law|laws|sb \d+|statute|civil code|section|policy|its policy|their policy))|hack(?:ed|ers?|ing)?|exposed|leak(?:ed|s)?|unsecured|unencrypted|misconfigured|weak (?:default )?passwords?|default passwords?|stole|publicly accessible|unprotected|ransomware|cyberattack|intrusion|compromised|phishing|malware|(?:former|departed|separated|retired|fired|terminated) (?:employees?|officers?|staff|users?|deputies|personnel))\b/g, weight: 1.0, weak: true, topic: "@security", label: (m) => m[1]! },
  { re: /\b(unauthori[sz]ed)\b/g, weight: 0.4, weak: true, label: () => "unauthorized" },
  { re: /\b(deficien(?:t|cy|cies)|inadequate(?:ly)?|insufficient(?:ly)?|incomplete|poor(?:ly)?|lax|few safeguards|not (?:always|completely|clearly|adequately|sufficiently))\b/g, weight: 0.8, label: (m) => m[1]! },
  { re: /\b(concern(?:ed|s)?|risk(?:s|ed|ing)?|only after)\b/g, weight: 0.3, weak: true, label: (m) => m[1]! },
  { re: /\b(bypass(?:ed|ing)?|circumvent(?:ed|ing)?|sidestep(?:ped|ping)?)\b/g, weight: 0.8, label: (m) => m[1]! },
  { re: /\bshould,?\s+(?:by [^,]{1,30},\s+)?(?:also\s+)?(ensure|review|develop|revise|include|implement|establish|specify|identify|perform|assess|post|list|make|create|require|have|reflect|state|adopt|deactivate|suspend|amend|verify|consider|be documented|be certain|document)\b/g, weight: 0.9, after: true, label: (m) => `recommends that it ${m[1]}` },
];

const RULE_CONTEXT =
  /\bshall\b|\bmust (not|only|be)\b|\b(may|will)\s+(not|never|only)\b(?! (?:know|be able))|\bno (member|person|employee|officer|user|one)\b[^.]{0,80}\b(shall|may|will|must)\b|\b(is|are) not (an? )?(authori[sz]ed|permitted|allowed|approved)\b|\b(subject to|may result in|will result in) (discipline|disciplinary|termination|sanctions)\b/;
/** A denial that something bad happened ("has never had a data breach", "found no misuse"): a claim of compliance, not a finding. */
const DENIAL = /\b(?:never|not|no|found no|has had no|have had no|without any)\b(?:\s+(?:had|been|experienced|seen|found|reported|detected|any|a|an|single|known|evidence of|instances? of))*\s+(?:data\s+)?(breach(?:es)?|misuse|abuse|violations?|incidents?|problems?|leaks?|hacks?|unauthori[sz]ed (?:access|use|searches))\b/g;
const LEGAL_CONTEXT = /^\W*(?:(?:under|importantly,?|accordingly,?)\s+)?(?:the bill|this bill|sb \d+|ab \d+|existing law|state law|the law|the statute|the definition|legislation|civil code|section \d)\b|\bwould(?: have)? (?:required?|prohibit(?:ed)?|bar(?:red)?|ban(?:ned)?|allow(?:ed)?|permit(?:ted)?|mandate[ds]?|imposed?)\b/;

const PRACTICE_VERB =
  /(?<!\b(?:shall|may|will|must|should|would|can|be|to|not|only|could)\s)\b(shared|shares|sold|sells|gave|gives|kept|keeps|retained|retains|stored|stores|held|holds|searched|ran|queried|accessed|used|tracked|looked up|stopped|pulled over|detained|installed|deployed|bought|purchased|configured|allowed|let|lets|enabled|transferred|collected|accumulated|granted|opened|provided|made|fulfilled|answered|honored|handed|turned|sent|emailed|forwarded|uploaded|exported|disclosed|discloses|released|releases)\b/;
const PASSIVE_EVENT = /\b(?:was|were|has been|have been|had been|is|are|became|remained)\b/;

const RECIPIENTS: [RegExp, string][] = [
  [/\b(ice|immigration and customs enforcement|border patrol|cbp|homeland security|dhs|immigration authorities|federal immigration)\b/, "federal immigration authorities"],
  [/\b(federal (?:agents?|agencies|authorities|law enforcement)|fbi|dea)\b/, "a federal agency"],
  [new RegExp(`\\b(out[- ]of[- ]state|outside (?:of )?(?:california|the state)|other states?|across the (?:country|united states|nation)|nationwide|national (?:lookup|search|database|network)|honolulu|${OTHER_STATES.join("|")})\\b`), "an agency outside California"],
  [/\b(private (?:entit(?:y|ies)|compan(?:y|ies)|firms?|part(?:y|ies)|groups?|advocacy group|security contractor|contractors?)|data brokers?|repossession|repo agents?|insurers?|(?:police chiefs|advocacy) association)\b/, "a private entity"],
];
const SHARE_WORDS = /\b(shar\w*|sold|sell\w*|gave|give\w*|grant\w*|provid\w*|transfer\w*|disclos\w*|open(?:ed)?|made [^.]{0,30}available|allow\w*|let|access\w*|search(?:es|ed)? (?:for|on behalf of)|ran (?:plate )?searches for|available to|(?:could|can|to) (?:search|query|access)|widely|searchable|accessible|visible|fulfill\w*|answer\w*|hand\w* over|turn\w* over|sen[dt]\w*|forward\w*|upload\w*|export\w*|requests? (?:from|by))\b/;

const NO_POLICY =
  /\b(?:no |without (?:a |an |any )?|lack(?:s|ed)? (?:a |an |any )?|never (?:adopted|had|wrote|created|developed|posted|published) (?:a |an |any |its )?)(?:written |formal |usage and privacy |alpr |lpr |license plate reader )*polic(?:y|ies)\b|\b(?:did not|does not|didn't|doesn't) have (?:a |an |any )?(?:written |alpr |usage and privacy )*polic|\bhas not developed a policy|\bdid not have one\b|\bpolicy (?:was |is )?(?:not posted|could not be found|nowhere to be found|not (?:available|online|on its website))|\bnot have (?:alpr )?policies\b/;
const POLICY_GAP =
  /\bpolic(?:y|ies)\b[^.]{0,40}\b(?:does not|doesn't|did not|didn't|fails? to|failed to|lack(?:s|ed)?|omits?|omitted|never|sets no|has no|contains no|makes no|says nothing|is silent|was silent|not (?:say|state|specify|list|identify|define|describe|address|name|mention|include))\b(?! (?:authori[sz]e|allow|permit))|\b(?:nothing|nowhere) in (?:the|its|their) (?:written )?polic|\bpolicy\b[^.]{0,60}\bshould (?:specify|include|state|list|make clear|reflect|clarif)|\bin its (?:alpr )?policy\b|\bpolic(?:y|ies)\b[^.]{0,20}\b(?:lets|allows|permits)\b[^.]{0,60}\bany\b|\bnot (?:specified|stated|listed|defined|addressed|described) in (?:the|its) polic/;
const WHOLE_POLICY =
  /\b(required elements|all (?:of )?the (?:required |legally mandated[^.]{0,20})?(?:elements|requirements)|several (?:of the )?(?:required )?elements|most of the required|policies were deficient|deficient polic(?:y|ies)|elements (?:that )?state law requires)\b/;

const ABBREVIATION = /(?:\b[A-Z]\.|\b(?:Civ|Cal|Stat|Gov|Govt|Inc|Co|No|Nos|Mr|Mrs|Ms|Dr|St|Sgt|Lt|Capt|Dept|Sec|Subd|Pen|Veh|Minn|Ann|al|v|vs|seq|Id)\.)$/;

/** Splits text into sentences (roughly: on . ! ? followed by space and a capital or quote). */
function sentencesOf(lower: string, original: string): { lower: string; original: string }[] {
  const out: { lower: string; original: string }[] = [];
  let start = 0;
  for (const m of original.matchAll(/[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])/g)) {
    if (ABBREVIATION.test(original.slice(Math.max(0, m.index! - 8), m.index! + 1))) continue;
    const end = m.index! + m[0].length;
    out.push({ lower: lower.slice(start, end), original: original.slice(start, end) });
    start = end;
  }
  out.push({ lower: lower.slice(start), original: original.slice(start) });
  return out;
}

/**
 * Reads a passage for the language of a deficiency.
 *
 * @example
 * detectDeficiency("The sheriff shared plate data with ICE.").prohibitedPractice // "sharing with federal immigration authorities"
 * detectDeficiency("ALPR data is retained for 60 days and then purged.").describesDeficiency // false
 */
export function detectDeficiency(text: string): Deficiency {
  const original = text.replace(/\s+/g, " ").trim();
  const lower = original.toLowerCase();
  const found = new Map<string, number>();
  let strength = 0;
  let policyGap = false;
  let practice = false;
  let prohibitedPractice: string | null = null;
  const focus: string[] = [];
  const topics = new Set<string>();
  let misuse = false;
  for (const s of sentencesOf(lower, original)) {
    const rule = RULE_CONTEXT.test(s.lower);
    const legal = LEGAL_CONTEXT.test(s.lower);
    const hypothetical = HYPOTHETICAL.test(s.lower);
    let sentence = 0;
    const denials = [...s.lower.matchAll(DENIAL)].map((d) => [d.index!, d.index! + d[0].length] as const);
    for (const cue of CUES) {
      cue.re.lastIndex = 0;
      for (const m of s.lower.matchAll(cue.re)) {
        const before = s.lower.slice(0, m.index);
        const next = m[m.length - 1] ?? "";
        if (NEUTRAL_AFTER_NEGATION.has(next)) continue;
        if (denials.some(([from, to]) => m.index! >= from && m.index! < to)) continue;
        if (cue.after && PROHIBITED_ACTS.test(next) && /\b(not|never|n't)\b/.test(m[0]) && SHARED_OBJECT.test(s.lower.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
        if (/\bnot required\b/.test(m[0]) && /\b(warrant|suspicion|probable cause|court order|subpoena)\b/.test(s.lower)) continue;
        if (/^(did|didn't|does|doesn't|do|don't|is|isn't|are|aren't|has|hasn't|have|haven't)/.test(m[0]) && LAW_SUBJECT.test(before)) continue;
        let w = cue.weight;
        if (rule) w *= cue.weak ? 0 : 0.5;
        if (legal) w *= 0.3;
        if (hypothetical) w *= 0.4;
        if (w <= 0) continue;
        const label = cue.label(m);
        if (!found.has(label) || found.get(label)! < w) found.set(label, w);
        sentence += w;
        if (w >= 0.5) focus.push(cue.after ? s.lower.slice(Math.max(0, m.index! - 10), m.index! + m[0].length + 50) : s.lower.slice(Math.max(0, m.index! - 45), m.index! + m[0].length + 10));
        if (cue.misuse && w >= 0.5) misuse = true;
        if (cue.topic && w >= 0.5) topics.add(cue.topic);
      }
    }
    const acting = PRACTICE_VERB.test(s.lower);
    if (acting) practice = true;
    if ((acting || PASSIVE_EVENT.test(s.lower)) && SHARE_WORDS.test(s.lower) && !legal) {
      const recipient = RECIPIENTS.find(([re]) => re.test(s.lower));
      if (recipient && !/\b(will|shall|may|must)\s+(not|never)\b|\b(?:not|never)\b[^.]{0,20}\b(?:shar|sold|sell|transfer|disclos|provid|releas)/.test(s.lower)) {
        prohibitedPractice ??= `sharing with ${recipient[1]}`;
        found.set(`shared with ${recipient[1]}`, 1.2);
        sentence += 1.2;
        focus.push(s.lower);
        topics.add("@share").add("@outside-recipient");
      }
    }
    const volume = s.lower.match(/\b(?:shar\w*|available)\b[^.]{0,60}\b(\d{1,3}(?:,\d{3})+|\d{3,}|hundreds|thousands|more than a thousand)\s+(?:of\s+)?(?:other\s+)?(?:entities|agencies|departments|organizations)\b/);
    if (volume && !legal && !rule && (!/^\d/.test(volume[1]!) || Number(volume[1]!.replace(/,/g, "")) >= 100)) {
      found.set("shared with hundreds of entities", 0.9);
      sentence += 0.9;
    }
    strength += sentence;
    if (sentence > 0 && POLICY_GAP.test(s.lower)) policyGap = true;
  }
  const noPolicy = NO_POLICY.test(lower);
  if (noPolicy && !found.has("no policy")) {
    found.set("no policy", 1.0);
    strength += 1.0;
  }
  const wholePolicy = WHOLE_POLICY.test(lower);
  const cues = [...found.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label]) => label);
  return {
    describesDeficiency: strength >= THRESHOLD,
    cues,
    strength: Math.round(strength * 100) / 100,
    policyGap: policyGap && !noPolicy,
    noPolicy,
    practice,
    wholePolicy,
    prohibitedPractice,
    misuse,
    focus,
    topics: [...topics].sort(),
  };
}
