// The default word lists, curated for PR/FAQs: each entry is something a
// reviewer would circle in a well-written document. General prose linters flag
// far more ("that", "so", "about", "will", "only"); those are left out on
// purpose, and writers tune these lists in settings.

/** Vague quantities: a figure in the same sentence answers them ("many of the 340 clinics"). */
export const vagueQuantities = [
  'significantly', 'substantially', 'considerably', 'considerable', 'dramatically', 'drastically', 'vastly', 'greatly', 'massively', 'exponentially',
  'nearly all', 'almost all', 'virtually all', 'the vast majority', 'the majority of', 'most of', 'most customers', 'most people', 'most users',
  'many', 'numerous', 'countless', 'various', 'a variety of', 'a wide range of', 'a lot', 'lots of', 'tons of', 'a number of', 'a great deal',
  'a fraction of', 'increasingly',
];

/** Hedges and intensifiers: a number does not make them commit. */
export const hedges = [
  'arguably', 'probably', 'possibly', 'perhaps', 'hopefully', 'might', 'should help', 'may help', 'would help', 'should allow',
  'in theory', 'somewhat', 'to some extent', 'more or less', 'kind of', 'sort of', 'quite', 'fairly', 'rather', 'relatively', 'very',
  'really', 'extremely', 'incredibly', 'pretty much', 'truly', 'literally',
];

/** Intensifiers a speaker may use in a quotation: quotes are speech and may be a little warmer. */
export const allowedInQuotes = new Set(['very', 'really', 'quite', 'pretty much', 'truly', 'literally', 'extremely', 'incredibly', 'rather']);

/** Words that are fine when the next words make them ordinary English. */
export const notWhenFollowedBy: Record<string, RegExp> = {
  rather: /^\s+than\b/i,
  very: /^\s+(?:first|last|same|beginning|end|start|least)\b/i,
  'a number of': /^\s+(?:ways|reasons)\b/i,
};

/** ... or the words before them: "how many" asks for the number rather than hiding it. */
export const notWhenPrecededBy: Record<string, RegExp> = {
  many: /\bhow\s+$/i,
};

export const hypeWords = [
  'revolutionary', 'revolutionize', 'revolutionizes', 'revolutionise', 'revolutionises', 'best-in-class', 'best of breed', 'best-of-breed',
  'world-class', 'seamless', 'seamlessly', 'cutting-edge', 'bleeding-edge', 'state-of-the-art', 'game-changing', 'game changer', 'game-changer',
  'leverage', 'leverages', 'leveraging', 'synergy', 'synergies', 'robust', 'innovative', 'groundbreaking', 'ground-breaking', 'next-generation',
  'next-gen', 'industry-leading', 'market-leading', 'unparalleled', 'unprecedented', 'disruptive', 'paradigm shift', 'breakthrough',
  'frictionless', 'effortless', 'effortlessly', 'turnkey', 'holistic', 'empower', 'empowers', 'empowering', 'mission-critical',
  'thrilled', 'excited', 'exciting', 'delighted', 'amazing', 'incredible', 'awesome', 'magical',
];

/** Feelings a speaker may express in a quotation; the "we're excited to announce" opener is still flagged. */
export const feelings = new Set(['thrilled', 'excited', 'exciting', 'delighted', 'amazing', 'incredible', 'awesome', 'magical']);
export const announcementCliche = /\b(?:thrilled|excited|delighted|proud|pleased|happy)\s+to\s+(?:announce|introduce|launch|unveil|bring|share|offer)\b/gi;

/** Adjectives and adverbs that claim a result a number should show. */
export const vagueClaims = [
  'fast', 'faster', 'quick', 'quicker', 'quickly', 'rapidly', 'instantly', 'easy', 'easier', 'easily', 'better', 'improved', 'efficient',
  'more efficient', 'efficiently', 'cheaper', 'affordable', 'more reliable', 'reliable', 'scalable', 'intuitive', 'user-friendly', 'powerful',
  'flexible', 'convenient', 'huge', 'massive', 'enormous', 'tremendous', 'significant', 'high-quality', 'superior', 'enhanced', 'optimized',
  'streamlined', 'smarter',
];

/** Acronyms every reader knows. */
export const commonAcronyms = [
  'US', 'USA', 'UK', 'EU', 'UN', 'FAQ', 'FAQs', 'PR', 'API', 'URL', 'CEO', 'CTO', 'CFO', 'COO', 'CIO', 'CMO', 'CPO', 'VP', 'SVP', 'EVP', 'GM',
  'HR', 'IT', 'AI', 'PDF', 'ID', 'OK', 'TV', 'GPS', 'USB', 'SMS', 'PIN', 'ATM', 'HTML', 'CSV', 'AM', 'PM', 'LLC', 'INC', 'LTD', 'NYC',
  'DC', 'UTC', 'GMT', 'ET', 'PT', 'P&L', 'ROI', 'KPI', 'B2B', 'B2C', 'MBA', 'PhD', 'ZIP', 'DIY', 'FY', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2',
  'iOS', 'IOS', 'RSVP', 'ASAP', 'NASA', 'WiFi', 'DVD', 'CD', 'PC', 'QR', 'SUV', 'EV', 'AWS', 'SOC', 'IRS', 'KB', 'MB', 'GB', 'TB', 'MPH',
  // Terms every technical reader knows; PR/FAQs for developer tools are full of them.
  ...['CLI', 'GUI', 'UI', 'UX', 'OS', 'JSON', 'YAML', 'XML', 'SQL', 'CSS', 'JS', 'REST', 'HTTP', 'HTTPS', 'TLS', 'SSL', 'SSH', 'TCP', 'UDP', 'IP', 'DNS'],
  ...['URI', 'UUID', 'SDK', 'IDE', 'CI', 'CD', 'README', 'RFC', 'MVP', 'SaaS', 'VM', 'VPN', 'DB', 'CPU', 'GPU', 'RAM', 'SSD', 'LLM', 'ML', 'NLP', 'IoT'],
  ...['SSO', 'JWT', 'OAuth', 'CRM', 'ERP', 'SEO', 'QA', 'OKR', 'GDPR', 'HIPAA', 'ISO', 'FYI', 'PoC', 'CDN', 'SLA', 'GA', 'MIT', 'GPL', 'AGPL', 'BSD'],
  ...['JVM', 'NPM', 'CRUD', 'SMTP', 'PRFAQ', 'SMB', 'SME', 'LAN', 'WAN', 'TUI', 'VRAM', 'PDF', 'PNG', 'JPEG', 'SVG', 'CSV', 'TSV'],
];

/** Placeholders and markers another rule reports. */
export const notAcronyms = new Set(['TBD', 'TBC', 'TK', 'TODO', 'FIXME', 'XX', 'XXX', 'NOTE', 'I', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** Wordy phrase → the shorter words that mean the same. */
export const wordyPhrases: Record<string, string> = {
  'due to the fact that': 'because',
  'owing to the fact that': 'because',
  'in light of the fact that': 'because',
  'for the reason that': 'because',
  'in spite of the fact that': 'although',
  'despite the fact that': 'although',
  'in order to': 'to',
  'at this point in time': 'now',
  'at the present time': 'now',
  'in the event that': 'if',
  'for the purpose of': 'for',
  'with regard to': 'about',
  'with respect to': 'about',
  'in regard to': 'about',
  'is able to': 'can',
  'are able to': 'can',
  'has the ability to': 'can',
  'have the ability to': 'can',
  'prior to': 'before',
  'subsequent to': 'after',
  'in close proximity to': 'near',
  'on a daily basis': 'daily',
  'on a weekly basis': 'weekly',
  'on a monthly basis': 'monthly',
  'on a regular basis': 'regularly',
  'make a decision': 'decide',
  'take into consideration': 'consider',
  'give consideration to': 'consider',
  'until such time as': 'until',
  'each and every': 'every',
  'first and foremost': 'first',
  'in the amount of': 'for',
  'at a later date': 'later',
  'a sufficient number of': 'enough',
  'in a timely manner': 'promptly',
  utilize: 'use',
  utilizes: 'uses',
  utilized: 'used',
  utilizing: 'using',
  commence: 'start',
  commences: 'starts',
};
