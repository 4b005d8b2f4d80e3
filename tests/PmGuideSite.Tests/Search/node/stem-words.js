'use strict';
// Stems a fixed vocabulary plus generated words with lunr.stemmer and writes [[word, stem], ...].
// Usage: node stem-words.js <output.json>
const path = require('path');
const fs = require('fs');
const { lunr, repoRoot, writeJson, seededRandom } = require('./compat-env');

const [output] = process.argv.slice(2);
const words = new Set();

// lunr's own stemmer fixture, when the package ships it.
const fixture = path.join(repoRoot, 'node_modules', 'lunr', 'test', 'fixtures', 'stemming_vocab.json');
if (fs.existsSync(fixture)) Object.keys(JSON.parse(fs.readFileSync(fixture, 'utf8'))).forEach(w => words.add(w));

// Varied English words: the classic Porter examples, every suffix rule, leading and trailing 'y', and the
// vocabulary of a project-management guide.
`caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned
falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci digitizer
conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness
hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical
hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement
adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate rate
cease controll roll generalization generalizations oscillators archaeology theology biology possibly humbly
ably nobly feasibly visibly terribly probably agreement cement element statement abatement comment moment
yellow yesterday youth yearly yield yttrium syzygy yy yyy yay ye yes yeses yelled yelling youthfulness yearning
dying lying eying tying crying flying spying buying paying saying enjoying annoying playing destroying
eed ed ing ies sses ss ses ying sing bring string thing nothing something anything everything
project projects projected projecting projection projections projector management manager managers managing
manageable stakeholder stakeholders requirement requirements requiring prioritization prioritize prioritized
prioritizing priority priorities schedule scheduled scheduling scope scoping estimate estimates estimated
estimating estimation risk risks risky riskier riskiest mitigation mitigate mitigated mitigating ownership
owner owners owning owned accountability accountable responsible responsibility responsibilities delivery
deliver delivered delivering deliverable deliverables milestone milestones roadmap roadmaps retrospective
retrospectives iteration iterations iterative incremental increment increments velocity capacity
communication communicate communicated communicating communicative negotiation negotiate negotiable
decision decisions decisive decisively decided deciding agile agility scrum sprint sprints sprinting kanban
backlog backlogs refinement refine refined refining dependency dependencies dependable dependably budget
budgets budgeting budgeted forecast forecasting forecasted quality qualities qualitative quantitative
measurement measurable measuring metrics metric organizational organization organizations organize organized
organizing leadership leader leaders leading led facilitate facilitation facilitator facilitating
transparency transparent sponsor sponsorship governance govern governing governed alignment aligned aligning
conflict conflicts conflicting resolution resolve resolved resolving escalation escalate escalated escalating
hypothesis hypotheses analysis analyses analytical analytically criteria criterion phenomena phenomenon
international internationalization nationalism rationalization rationality irrationality sensationalism
conditionally unconditionally traditional traditionally additional additionally generously dangerously
ambitiously cautiously consciousness seriousness nervousness usefulness carefulness forgetfulness
helplessness happiness business businesses busy busily lazily easily heavily readily steadily
electricity elasticity publicity simplicity authenticity ethically critically logically radically
tractable predictable comparable respectable sustainable sustainability availability reliability
responsive productive productivity creative creativity sensitive sensitivity relative relativity
alley valley trolley pulley fully really ally rally tally bell bells fell tell yell well spell spelled
controlling controlled patrolled enrolling installing installed cancelled cancelling travelled travelling
hopping hoping hoped shopping shipped shipping ship ships shipment shipments skipping skipped stopped
filing filling filed filled fizz fizzing buzz buzzing jazz jazzy quiz quizzes quizzed whizz
agreed disagreed proceed proceeded exceed exceeded succeed succeeded bleed breed freed indeed needed
sized seized prized realized realize realization civilization civilize modernization utilization
motoring monitoring mentoring tutoring authoring honoring colouring coloring measuring
oed ied ued aed yed yied bies spies skies flies dies lies ties pies cries tries
1990s 2nd 3rd 4th covid19 mp3s abc123 x86 a1b2c3 foo_bar __init__ __proto__ constructor hasOwnProperty
naïve naïvety café cafés résumé résumés größe übermäßig ελληνικά οδος οδός ыйы i̇stanbul
aa aaa aas aes ais aos aus abs bss bees beesed`.split(/\s+/).filter(Boolean).forEach(w => words.add(w));

// Every word of one to four letters over a small alphabet that exercises the vowel and 'y' rules.
const small = 'aeiybsltz';
function all(prefix, depth) {
  if (prefix) words.add(prefix);
  if (depth === 0) return;
  for (const c of small) all(prefix + c, depth - 1);
}
all('', 4);

// Random stems followed by suffixes from every step, with inflections, so each rule meets varied stems.
const random = seededRandom(20240611);
const letters = 'abcdefghijklmnopqrstuvwxyz';
const vowelish = 'aeiouy';
const suffixes = ('ational tional enci anci izer bli alli entli eli ousli ization ation ator alism iveness fulness ' +
  'ousness aliti iviti biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ' +
  'ment ent ou ism ate iti ous ive ize sion tion ion e ll l s ss y').split(' ');
const endings = ['', '', '', 's', 'es', 'ed', 'ing', 'ly', 'y', 'ies', 'eed', 'sses', 'e'];
function pick(s) { return s[Math.floor(random() * s.length)]; }
for (let i = 0; i < 25000; i++) {
  let stem = '';
  const length = 1 + Math.floor(random() * 5);
  for (let j = 0; j < length; j++) stem += random() < 0.4 ? pick(vowelish) : pick(letters);
  const word = stem + (random() < 0.7 ? pick(suffixes) : '') + pick(endings);
  words.add(word);
}

writeJson(output, [...words].map(w => [w, lunr.stemmer(new lunr.Token(w)).toString()]));
