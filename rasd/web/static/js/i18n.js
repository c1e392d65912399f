// Interface labels in Arabic (the default, right to left) and English. Only labels are translated:
// article text, titles, quotes and names are always shown as the source wrote them.

const LABELS = {
  ar: {
    brand: "رصد",
    "nav.search": "بحث",
    "nav.entities": "الكيانات",
    "nav.timeline": "خط زمني",
    "nav.graph": "شبكة العلاقات",
    "nav.upload": "رفع ملفات",
    toggle: "English",
    loading: "جارٍ التحميل…",
    "error.generic": "حدث خطأ",
    "error.network": "تعذّر الاتصال بالخادم",
    "search.placeholder": "ابحث في الأخبار… مثال: بوتين أردوغان",
    "search.button": "بحث",
    "search.entity": "كيان",
    "search.entityPlaceholder": "اسم أو معرّف",
    "search.from": "من",
    "search.to": "إلى",
    "search.results": "النتائج",
    "search.none": "لا نتائج لهذا البحث.",
    "search.duplicates": "نسخ مكررة",
    "search.score": "الدرجة",
    "search.clear": "إزالة الفلاتر",
    "search.more": "المزيد",
    "search.untitled": "بلا عنوان",
    "search.hint": "اكتب كلمة أو اسماً للبحث في نصوص الأخبار. تظهر الكلمات المطابقة مظللة.",
    "facet.outlet": "المصدر",
    "facet.entity": "الكيانات",
    "facet.type": "نوع الحدث",
    "facet.date": "التاريخ",
    "home.title": "قاعدة معرفة الأخبار العربية",
    "home.counts": "في القاعدة",
    "home.eventsOverTime": "الأحداث عبر الزمن",
    "count.documents": "وثيقة",
    "count.stories": "خبر",
    "count.entities": "كيان",
    "count.events": "حدث",
    "count.clusters": "حدث موحّد",
    "count.quotes": "اقتباس",
    "count.mentions": "إشارة",
    "count.failures": "ملف تعذّر تحليله",
    "count.duplicate_documents": "وثيقة مكررة",
    prev: "السابق",
    next: "التالي",
    page: "صفحة",
    of: "من",
    "entity.names": "الأسماء",
    "entity.aliases": "صيغ الاسم في النصوص",
    "entity.roles": "المناصب عبر الزمن",
    "entity.noRoles": "لا مناصب معروفة في الفهرس.",
    "entity.events": "الأحداث",
    "entity.eventsChart": "الأحداث على خط الزمن",
    "entity.quotes": "أقواله",
    "entity.noQuotes": "لا اقتباسات.",
    "entity.cooccurring": "كيانات تظهر معه",
    "entity.timelineWith": "خط زمني مشترك",
    "entity.mentions": "إشارة",
    "entity.stories": "خبر",
    "entity.present": "حتى الآن",
    "entity.acting": "بالوكالة",
    "entity.undated": "بلا تاريخ",
    "entity.searchStories": "الأخبار التي تذكره",
    "entities.title": "الكيانات",
    "entities.filter": "تصفية بالاسم",
    "entities.allTypes": "كل الأنواع",
    "cluster.title": "حدث",
    "cluster.date": "التاريخ الموحّد",
    "cluster.confidence": "الثقة",
    "cluster.place": "المكان",
    "cluster.noPlace": "غير محدد",
    "cluster.noDate": "غير محدد",
    "cluster.participants": "المشاركون",
    "cluster.support": "مصادر تذكره",
    "cluster.sources": "المصادر جنباً إلى جنب",
    "cluster.sourceCount": "مصادر مستقلة",
    "cluster.trigger": "كلمة الحدث",
    "cluster.duplicateOf": "نسخة مكررة من",
    "cluster.openArticle": "افتح الخبر",
    "cluster.status": "الحالة",
    "cluster.type": "النوع",
    "timeline.title": "الخط الزمني بين كيانين",
    "timeline.first": "الكيان الأول",
    "timeline.second": "الكيان الثاني (اختياري)",
    "timeline.type": "النوع",
    "timeline.anyType": "اللقاءات والاتصالات والزيارات",
    "timeline.allTypes": "كل الأنواع",
    "timeline.status": "الحالة",
    "timeline.anyStatus": "أي حالة",
    "timeline.show": "اعرض",
    "timeline.none": "لا أحداث مشتركة بهذه الشروط.",
    "timeline.pick": "اختر كياناً أو اثنين لعرض أحداثهما المشتركة بترتيب زمني.",
    "timeline.undated": "أحداث بلا تاريخ",
    "graph.title": "شبكة العلاقات",
    "graph.help": "كل خط يصل كيانين اشتركا في حدث واحد أو أكثر. اسحب العُقد، مرّر العجلة للتكبير، وانقر على عقدة لرؤية تفاصيلها.",
    "graph.types": "أنواع الأحداث",
    "graph.minWeight": "أدنى عدد أحداث مشتركة",
    "graph.maxNodes": "أقصى عدد من العقد",
    "graph.apply": "طبّق",
    "graph.empty": "لا علاقات بهذه الشروط.",
    "graph.nodes": "عقدة",
    "graph.edges": "رابط",
    "graph.shown": "معروض",
    "graph.open": "افتح صفحة الكيان",
    "graph.neighbours": "مرتبط بـ",
    "graph.reset": "إعادة الترتيب",
    "article.title": "الخبر",
    "article.entities": "الكيانات",
    "article.events": "الأحداث",
    "article.quotes": "الاقتباسات",
    "article.legend": "المفتاح",
    "article.document": "الوثيقة",
    "article.direct": "مباشر",
    "article.indirect": "غير مباشر",
    "article.unknownSpeaker": "متحدث غير معروف",
    "upload.title": "رفع ملفات للتحليل",
    "upload.help": "ارفع ملفاً (نص، HTML، JSONL، WARC، أو أرشيفاً مضغوطاً) أو الصق نص خبر. يُحلَّل في الخلفية ويُضاف إلى القاعدة.",
    "upload.token": "رمز الدخول",
    "upload.file": "ملف",
    "upload.text": "أو الصق نصاً",
    "upload.submit": "ارفع وحلّل",
    "upload.needInput": "اختر ملفاً أو الصق نصاً.",
    "upload.needToken": "أدخل رمز الدخول.",
    "upload.state": "الحالة",
    "upload.added": "أضيف",
    "upload.errors": "أخطاء",
    "upload.skipped": "موجود مسبقاً",
    "upload.pastedTitle": "عنوان النص",
    "upload.done": "اكتمل",
    "upload.failed": "فشل",
    "upload.running": "قيد التحليل",
    "upload.queued": "في الانتظار",
    "upload.searchNow": "ابحث في القاعدة",
    direct: "مباشر",
    indirect: "غير مباشر",
    sources: "مصادر",
    source: "مصدر",
    date: "التاريخ",
    outlet: "المصدر",
    unknownOutlet: "مصدر غير معروف",
    undated: "بلا تاريخ",
    notFound: "غير موجود",
  },
  en: {
    brand: "Rasd",
    "nav.search": "Search",
    "nav.entities": "Entities",
    "nav.timeline": "Timeline",
    "nav.graph": "Relation graph",
    "nav.upload": "Upload",
    toggle: "العربية",
    loading: "Loading…",
    "error.generic": "Something went wrong",
    "error.network": "Cannot reach the server",
    "search.placeholder": "Search the news… e.g. بوتين أردوغان",
    "search.button": "Search",
    "search.entity": "Entity",
    "search.entityPlaceholder": "name or id",
    "search.from": "From",
    "search.to": "To",
    "search.results": "Results",
    "search.none": "No results for this search.",
    "search.duplicates": "near-duplicates",
    "search.score": "score",
    "search.clear": "Clear filters",
    "search.more": "more",
    "search.untitled": "untitled",
    "search.hint": "Type a word or a name to search the article texts. Matching words are highlighted.",
    "facet.outlet": "Outlet",
    "facet.entity": "Entities",
    "facet.type": "Event type",
    "facet.date": "Date",
    "home.title": "Arabic news knowledge base",
    "home.counts": "In the knowledge base",
    "home.eventsOverTime": "Events over time",
    "count.documents": "documents",
    "count.stories": "stories",
    "count.entities": "entities",
    "count.events": "events",
    "count.clusters": "event clusters",
    "count.quotes": "quotes",
    "count.mentions": "mentions",
    "count.failures": "failed files",
    "count.duplicate_documents": "near-duplicate documents",
    prev: "Previous",
    next: "Next",
    page: "page",
    of: "of",
    "entity.names": "Names",
    "entity.aliases": "Forms of the name in the texts",
    "entity.roles": "Roles over time",
    "entity.noRoles": "No known roles in the catalog.",
    "entity.events": "Events",
    "entity.eventsChart": "Events on a timeline",
    "entity.quotes": "Quotes",
    "entity.noQuotes": "No quotes.",
    "entity.cooccurring": "Appears with",
    "entity.timelineWith": "shared timeline",
    "entity.mentions": "mentions",
    "entity.stories": "stories",
    "entity.present": "present",
    "entity.acting": "acting",
    "entity.undated": "undated",
    "entity.searchStories": "Stories naming it",
    "entities.title": "Entities",
    "entities.filter": "Filter by name",
    "entities.allTypes": "All types",
    "cluster.title": "Event",
    "cluster.date": "Reconciled date",
    "cluster.confidence": "confidence",
    "cluster.place": "Place",
    "cluster.noPlace": "unknown",
    "cluster.noDate": "unknown",
    "cluster.participants": "Participants",
    "cluster.support": "reports naming them",
    "cluster.sources": "Sources side by side",
    "cluster.sourceCount": "independent sources",
    "cluster.trigger": "trigger",
    "cluster.duplicateOf": "near-duplicate of",
    "cluster.openArticle": "Open the article",
    "cluster.status": "Status",
    "cluster.type": "Type",
    "timeline.title": "Timeline between two entities",
    "timeline.first": "First entity",
    "timeline.second": "Second entity (optional)",
    "timeline.type": "Type",
    "timeline.anyType": "meetings, calls and visits",
    "timeline.allTypes": "all types",
    "timeline.status": "Status",
    "timeline.anyStatus": "any status",
    "timeline.show": "Show",
    "timeline.none": "No shared events with these filters.",
    "timeline.pick": "Pick one or two entities to see their shared events in date order.",
    "timeline.undated": "Undated events",
    "graph.title": "Relation graph",
    "graph.help": "Each line joins two entities that took part in one or more events together. Drag nodes, scroll to zoom, click a node for details.",
    "graph.types": "Event types",
    "graph.minWeight": "Minimum shared events",
    "graph.maxNodes": "Maximum nodes",
    "graph.apply": "Apply",
    "graph.empty": "No relations with these filters.",
    "graph.nodes": "nodes",
    "graph.edges": "edges",
    "graph.shown": "shown",
    "graph.open": "Open the entity page",
    "graph.neighbours": "Linked to",
    "graph.reset": "Re-layout",
    "article.title": "Article",
    "article.entities": "Entities",
    "article.events": "Events",
    "article.quotes": "Quotes",
    "article.legend": "Legend",
    "article.document": "Document",
    "article.direct": "direct",
    "article.indirect": "indirect",
    "article.unknownSpeaker": "unknown speaker",
    "upload.title": "Upload files for analysis",
    "upload.help": "Upload a file (text, HTML, JSONL, WARC or a compressed archive) or paste an article. It is analysed in the background and added to the knowledge base.",
    "upload.token": "Access token",
    "upload.file": "File",
    "upload.text": "or paste text",
    "upload.submit": "Upload and analyse",
    "upload.needInput": "Choose a file or paste some text.",
    "upload.needToken": "Enter the access token.",
    "upload.state": "State",
    "upload.added": "added",
    "upload.errors": "errors",
    "upload.skipped": "already stored",
    "upload.pastedTitle": "Headline of the text",
    "upload.done": "done",
    "upload.failed": "failed",
    "upload.running": "analysing",
    "upload.queued": "queued",
    "upload.searchNow": "Search the knowledge base",
    direct: "direct",
    indirect: "indirect",
    sources: "sources",
    source: "source",
    date: "Date",
    outlet: "Outlet",
    unknownOutlet: "unknown outlet",
    undated: "undated",
    notFound: "not found",
  },
};

const EVENT_TYPES = {
  meet: ["لقاء", "meeting"],
  call: ["اتصال", "call"],
  visit: ["زيارة", "visit"],
  statement: ["تصريح", "statement"],
  praise: ["إشادة", "praise"],
  criticize: ["انتقاد", "criticism"],
  agree: ["اتفاق", "agreement"],
  sign: ["توقيع", "signing"],
  request: ["طلب", "request"],
  threaten: ["تهديد", "threat"],
  attack: ["هجوم", "attack"],
  aid: ["مساعدة", "aid"],
  protest: ["احتجاج", "protest"],
  other: ["أخرى", "other"],
};

const STATUSES = {
  occurred: ["وقع", "occurred"],
  planned: ["مخطط", "planned"],
  denied: ["منفي", "denied"],
  hypothetical: ["افتراضي", "hypothetical"],
};

const ENTITY_TYPES = {
  PER: ["شخص", "person"],
  ORG: ["منظمة", "organisation"],
  LOC: ["مكان", "place"],
  MISC: ["أخرى", "other"],
};

const ROLES = {
  president: ["رئيس", "president"],
  prime_minister: ["رئيس الوزراء", "prime minister"],
  foreign_minister: ["وزير الخارجية", "foreign minister"],
  defense_minister: ["وزير الدفاع", "defence minister"],
  king: ["ملك", "king"],
  emir: ["أمير", "emir"],
  crown_prince: ["ولي العهد", "crown prince"],
  vice_president: ["نائب الرئيس", "vice president"],
  secretary_general: ["الأمين العام", "secretary-general"],
  spokesperson: ["المتحدث الرسمي", "spokesperson"],
  chancellor: ["المستشار", "chancellor"],
  supreme_leader: ["المرشد الأعلى", "supreme leader"],
  foreign_ministry_spokesperson: ["المتحدث باسم الخارجية", "foreign ministry spokesperson"],
};

export const ALL_EVENT_TYPES = Object.keys(EVENT_TYPES);
export const ALL_STATUSES = Object.keys(STATUSES);
export const ALL_ENTITY_TYPES = Object.keys(ENTITY_TYPES);

let lang = "ar";
try {
  const stored = localStorage.getItem("rasd.lang");
  if (stored === "en" || stored === "ar") lang = stored;
} catch {
  /* storage may be disabled */
}

export function getLang() {
  return lang;
}

export function setLang(value) {
  lang = value === "en" ? "en" : "ar";
  try {
    localStorage.setItem("rasd.lang", lang);
  } catch {
    /* ignore */
  }
  applyLang();
}

/** Sets lang/dir on <html> and relabels the static page chrome (elements with data-i18n). */
export function applyLang() {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const toggle = document.getElementById("lang-toggle");
  if (toggle) {
    toggle.textContent = t("toggle");
    toggle.lang = lang === "ar" ? "en" : "ar";
  }
  document.title = t("brand");
}

export function t(key) {
  return LABELS[lang][key] ?? LABELS.ar[key] ?? key;
}

function pick(table, key) {
  const pair = table[key];
  if (!pair) return String(key ?? "").replaceAll("_", " ");
  return lang === "ar" ? pair[0] : pair[1];
}

export const typeLabel = (type) => pick(EVENT_TYPES, type);
export const statusLabel = (status) => pick(STATUSES, status);
export const entityTypeLabel = (type) => pick(ENTITY_TYPES, type);
export const roleLabel = (role) => pick(ROLES, role);

/** An entity's name in the interface language first, the other one second (either may be empty). */
export function names(ref) {
  if (!ref) return ["", ""];
  const ar = ref.name_ar || "";
  const en = ref.name_en || ref.id || "";
  return lang === "ar" ? [ar || en, ar ? en : ""] : [en || ar, ar];
}

export function primaryName(ref) {
  return names(ref)[0];
}

export function fmtNumber(n) {
  if (n === null || n === undefined) return "";
  return Number(n).toLocaleString("en-US"); // Latin digits in both languages, as dates are shown
}
