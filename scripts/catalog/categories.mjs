// The fixed set of human categories, and how each source's own grouping maps onto it.
// Rules are tried in order; the first whose pattern matches wins.

export const CATEGORIES = [
  'Programming Languages',
  'Machine Learning & AI',
  'Data Science & Analytics',
  'Data Engineering',
  'Databases',
  'Cloud & Platform',
  'DevOps & CI/CD',
  'Web & Mobile',
  'Security',
  'Networking & Operating Systems',
  'Software Engineering',
  'Markup & Data Formats',
  'Leadership & Management',
  'Communication & Collaboration',
  'Personal Skills',
  'Languages (human)',
  'Business & Office Tools',
  'Business Applications',
  'Design & Media',
  'Engineering & Scientific Software',
  'Industry Software',
  'Research',
  'Other Digital Skills',
];

function firstMatch(rules, text, fallback) {
  for (const [pattern, category] of rules) if (pattern.test(text)) return category;
  return fallback;
}

// O*NET commodity titles (135 of them) -> category.
const ONET_COMMODITY_RULES = [
  [/security|virus|authentication|firewall/i, 'Security'],
  [/data base|database/i, 'Databases'],
  // "Analytical or scientific software" is mostly laboratory and engineering tools, not data science.
  [/analytical or scientific/i, 'Engineering & Scientific Software'],
  [/data mining|business intelligence|charting|expert system|categorization/i, 'Data Science & Analytics'],
  [/enterprise application integration|metadata management|data conversion|clustering/i, 'Data Engineering'],
  [/cloud-based|enterprise system management|transaction server|application server|portal server/i, 'Cloud & Platform'],
  [/configuration management|file versioning/i, 'DevOps & CI/CD'],
  [/development environment|component oriented development|compiler|program testing|graphical user interface development|requirements analysis/i, 'Software Engineering'],
  [/web platform|web page|internet browser|mobile/i, 'Web & Mobile'],
  [/operating system|network|switch|router|lan software|wan switching|directory services|device drivers|communications server|internet protocol|gateway|bridge|wireless|interconnectivity|storage networking|filesystem|backup|data compression|driver|software defined|storage media/i, 'Networking & Operating Systems'],
  [/computer aided|\bcad\b|\bcam\b|industrial control|map creation|geographic|pattern design|manufacturing execution|flight control|route navigation|aviation/i, 'Engineering & Scientific Software'],
  [/graphics|photo|video creation|music|sound|desktop publishing|multi-media|computer imaging|games/i, 'Design & Media'],
  [/word processing|spreadsheet|office suite|presentation|electronic mail|calendar|project management|document management|content workflow|instant messaging|video conferencing|network conferencing|desktop communications|time accounting|spell|label making|optical character|dictionary|fax|mailing|bar coding|voice|text to speech|procedure management|process mapping|license management|administration software/i, 'Business & Office Tools'],
  [/enterprise resource planning|accounting|financial|customer relationship|human resources|sales and marketing|point of sale|inventory|materials requirements|procurement|tax preparation|facilities management|risk management|helpdesk|contact center|interactive voice|audit|compliance/i, 'Business Applications'],
  [/medical|legal|library|computer based training|educational|information retrieval/i, 'Industry Software'],
];

export function categoryForOnetCommodity(commodityTitle) {
  return firstMatch(ONET_COMMODITY_RULES, commodityTitle, 'Other Digital Skills');
}

// ESCO digital/DigComp skills: matched against "label | broader group labels".
const ESCO_DIGITAL_RULES = [
  [/machine learning|artificial intelligence|neural network|computer vision|natural language processing|deep learning/i, 'Machine Learning & AI'],
  [/computer programming|programming computer systems/i, 'Programming Languages'],
  [/query languages|database|use databases|manage database|resource description framework/i, 'Databases'],
  [/extraction, transformation and loading|managing, gathering and storing digital data|manage data\b|store digital data|big data|establish data processes|integrate ict data/i, 'Data Engineering'],
  [/statistic|analysing and evaluating information and data|data mining|perform data analysis|accessing and analysing digital data|inspect data|interpret current data|manage quantitative data|data analysis software/i, 'Data Science & Analytics'],
  [/cloud/i, 'Cloud & Platform'],
  [/protecting ict|penetration testing|ict safety|security|privacy|ict risk/i, 'Security'],
  [/web programming|webcms|style sheet|mobile operating systems|manage website/i, 'Web & Mobile'],
  [/software and applications development|designing ict systems|software configuration management|software testing|software tests|integrated development environment|software design|software architecture|service-oriented|software frameworks|ict software specifications|application interfaces|component interfaces/i, 'Software Engineering'],
  [/network|setting up computer systems|operating systems|ict infrastructure|maintain ict|ict server|resolving computer problems|ict support|troubleshoot/i, 'Networking & Operating Systems'],
  [/ict project management|management and administration|lead others|lead a team|supervising|directing, supervising/i, 'Leadership & Management'],
  [/audio-visual|graphics editor|sound and images|digital game|3d|design graphics|digital content|digital images|photographic|illustration|moving images/i, 'Design & Media'],
  [/computer aided design|\bcad\b|technical drawing|control machinery|electronics and automation|electrical|precision|industrial|scientific|engineering/i, 'Engineering & Scientific Software'],
  [/collaboration|communicat/i, 'Communication & Collaboration'],
  [/computer use|word processing|working with computers|digital tools|spreadsheet|office/i, 'Business & Office Tools'],
];

export function categoryForEscoDigital(label, broaderLabels) {
  return firstMatch(ESCO_DIGITAL_RULES, `${label} | ${broaderLabels}`, 'Other Digital Skills');
}

const ESCO_TRANSVERSAL_RULES = [
  [/communicat|team|collaborat|negotiat|listen|present|network|cooperat|interact|relationship/i, 'Communication & Collaboration'],
  [/lead|manag|motivat|mentor|coach|delegat|supervis|direct/i, 'Leadership & Management'],
];

export function categoryForEscoTransversal(label, broaderLabels) {
  return firstMatch(ESCO_TRANSVERSAL_RULES, `${label} | ${broaderLabels}`, 'Personal Skills');
}

// devicon tags, joined with spaces.
const DEVICON_TAG_RULES = [
  [/machine-learning|deep-learning|computer-vision/i, 'Machine Learning & AI'],
  [/data-science|data science|statistics|visualization|plotting|jupyter/i, 'Data Science & Analytics'],
  [/database|nosql|\bsql\b|\bdb\b|key-value|warehouse/i, 'Databases'],
  [/big data|streaming|message-broker|data-processing|pipeline/i, 'Data Engineering'],
  [/devops|continuous-delivery|container|kubernetes|docker|deployment|infrastructure-as-code|gitops|provisioning|monitoring|observability/i, 'DevOps & CI/CD'],
  [/cloud|hosting|serverless|paas|infrastructure-as-a-service/i, 'Cloud & Platform'],
  [/security|\bauth\b|authentication|authorization/i, 'Security'],
  [/\bos\b|operating-system|operating system|distribution|networking|hypervisor|virtual machine/i, 'Networking & Operating Systems'],
  [/markup|file-format|object-notation|typesetting/i, 'Markup & Data Formats'],
  [/\blanguage\b/i, 'Programming Languages'],
  [/design|graphics|graphic|3d|animation|game-engine|game|vfx|video|audio/i, 'Design & Media'],
  [/javascript|web|css|html|frontend|react|vue|angular|mobile|android|ios|cms|php|nodejs/i, 'Web & Mobile'],
];

export function categoryForDeviconTags(tags) {
  return firstMatch(DEVICON_TAG_RULES, tags.join(' '), 'Software Engineering');
}

export function categoryForLinguistType(type) {
  return type === 'programming' ? 'Programming Languages' : 'Markup & Data Formats';
}
