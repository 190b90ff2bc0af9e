import type { GuideItem } from "./schema";

export type SeedRole = {
  slug: string;
  name: string;
  headline: string;
  summary: string;
  salaryYear: number;
  salaryCurrency: "USD";
  featured: boolean;
  seniorityLevels: {
    name: string;
    yearsMin: number;
    yearsMax: number | null;
    salary: number;
    responsibilities: string[];
  }[];
  useCases: { title: string; description: string }[];
  quickFacts: { label: string; text: string }[];
  technologies: { name: string; creator: string; year: number }[];
  tools: { name: string; description: string }[];
};

export type SeedGuide = {
  slug: string;
  title: string;
  description: string;
  publishedAt: string; // ISO date
  sections: { key: string; heading: string; body: string; items: GuideItem[] }[];
  comparisonRows: { aspect: string; frontend: string; backend: string }[];
};

export type SeedExpert = {
  slug: string;
  name: string;
  title: string;
  bio: string;
  email: string;
  timeZone: string;
  /** Weekly hours in the expert's zone: ISO weekday (1 = Monday) and "HH:MM" local times. */
  workingHours: { weekday: number; start: string; end: string }[];
};

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

export const backendRole: SeedRole = {
  slug: "backend",
  name: "Backend developer",
  headline: "Hire backend developers who build reliable APIs, databases and servers",
  summary:
    "Hire vetted backend developers to design APIs, manage data and keep your servers fast, secure and reliable.",
  salaryYear: 2026,
  salaryCurrency: "USD",
  featured: true,
  seniorityLevels: [
    {
      name: "Junior",
      yearsMin: 0,
      yearsMax: 2,
      salary: 50000,
      responsibilities: [
        "Fixes well-scoped bugs reported by the team or by users.",
        "Builds new API endpoints under the review of a senior colleague.",
        "Writes unit and integration tests for the code they change.",
        "Keeps technical documentation and API references up to date.",
      ],
    },
    {
      name: "Middle",
      yearsMin: 2,
      yearsMax: 5,
      salary: 70000,
      responsibilities: [
        "Delivers complete features independently, from data model to deployed endpoint.",
        "Designs database schemas and writes efficient queries and migrations.",
        "Integrates third-party services such as payment providers and messaging APIs.",
        "Reviews pull requests from junior developers and investigates production incidents.",
      ],
    },
    {
      name: "Senior",
      yearsMin: 5,
      yearsMax: 8,
      salary: 90000,
      responsibilities: [
        "Designs services and APIs that scale with traffic and with the product roadmap.",
        "Leads performance tuning, caching strategy and security hardening.",
        "Sets coding standards, testing practices and deployment workflows for the team.",
        "Mentors junior and mid-level developers and breaks large projects into deliverable work.",
      ],
    },
    {
      name: "Expert / Team Lead",
      yearsMin: 8,
      yearsMax: null,
      salary: 120000,
      responsibilities: [
        "Owns the overall backend architecture and its long-term technical direction.",
        "Is accountable for system reliability, security and uptime targets.",
        "Mentors engineers and leads hiring to grow the backend team.",
        "Works with product and business leaders to plan capacity, budgets and priorities.",
      ],
    },
  ],
  useCases: [
    { title: "API development", description: "Building RESTful APIs that power mobile apps and other clients." },
    { title: "Data management", description: "Storing and retrieving user data securely." },
    { title: "Authentication systems", description: "Handling user login and registration safely." },
    { title: "Server maintenance", description: "Keeping servers running smoothly and efficiently." },
    { title: "Performance optimization", description: "Improving the speed and efficiency of applications." },
    { title: "Database management", description: "Organizing how data is stored and retrieved." },
    { title: "Security implementation", description: "Protecting systems against cyber threats." },
    { title: "Content management", description: "Managing content and delivering it to users." },
    { title: "Integration services", description: "Connecting different systems and services so they work together." },
    { title: "Error handling", description: "Detecting and resolving issues in the backend before they affect users." },
  ],
  quickFacts: [
    { label: "Foundation", text: "Backend development is the backbone of every app and website." },
    { label: "Since", text: "Backend development took shape as a discipline around 2000." },
    { label: "Demand", text: "Most API, database and server projects rely on backend development." },
    {
      label: "Entry point",
      text: "Getting started requires a working knowledge of programming languages and frameworks.",
    },
    { label: "Related tech", text: "DevOps is one of the most popular technologies related to backend development." },
    { label: "Fun fact", text: "The first server was built in 1969 and weighed more than 6,800 pounds." },
  ],
  technologies: [
    { name: "Node.js", creator: "Ryan Dahl", year: 2009 },
    { name: "Python", creator: "Guido van Rossum", year: 1991 },
    { name: "Ruby on Rails", creator: "David Heinemeier Hansson", year: 2004 },
    { name: "Java", creator: "Sun Microsystems", year: 1995 },
    { name: ".NET", creator: "Microsoft", year: 2002 },
  ],
  tools: [
    { name: "Node.js", description: "Server-side JavaScript runtime" },
    { name: "Express.js", description: "Web application framework for Node.js" },
    { name: "Spring Boot", description: "Framework for building Java applications" },
    { name: "Django", description: "Full-featured Python web framework" },
    { name: "Ruby on Rails", description: "Web framework for the Ruby language" },
    { name: "Laravel", description: "Web framework for PHP" },
    { name: "ASP.NET", description: "Microsoft's web framework for .NET" },
    { name: "Flask", description: "Lightweight Python microframework" },
    { name: "Play Framework", description: "Web framework for Java and Scala" },
    { name: "CakePHP", description: "Rapid-development framework for PHP" },
  ],
};

export const backendGuide: SeedGuide = {
  slug: "backend-development",
  title: "What is backend development?",
  description:
    "What backend development is, the skills it takes, what backend developers do, what they earn and how the role differs from frontend.",
  publishedAt: "2026-11-20",
  sections: [
    {
      key: "definition",
      heading: "Backend development in a nutshell",
      body: "Backend development is server-side development: it covers databases, scripting and the architecture of a website. It is the behind-the-scenes work that runs whenever a user acts on a site, such as logging in or buying from an online store. Backend code is what lets the browser communicate with the information stored in the database.",
      items: [],
    },
    {
      key: "skills",
      heading: "Skills a backend developer needs",
      body: "A capable backend developer brings skills from four main areas.",
      items: [
        {
          title: "Web development languages",
          text: "Command of at least one server-side language, such as Java, Python, Ruby or .NET.",
        },
        {
          title: "Database and cache",
          text: "Knowledge of database management systems such as MySQL, MongoDB, Oracle, SQL Server and Redis; experience with caching tools such as Varnish, Memcached or Redis is a plus.",
        },
        {
          title: "Server",
          text: "Hands-on experience with Apache, Nginx and Microsoft IIS; a solid Linux background helps a great deal with server administration.",
        },
        {
          title: "APIs (REST and SOAP)",
          text: "The ability to create and consume both REST and SOAP web services.",
        },
      ],
    },
    {
      key: "puzzle",
      heading: "Other pieces of the puzzle",
      body: "Beyond the core skills, strong backend developers also understand the following.",
      items: [
        { text: "Algorithms and data structures." },
        { text: "Security at every layer of the stack, since each layer has its own vulnerabilities." },
        { text: "The differences between delivery platforms, such as mobile and desktop." },
        { text: "The basics of front-end technology, such as HTML and CSS." },
        { text: "Session management in a distributed system." },
      ],
    },
    {
      key: "responsibilities",
      heading: "Roles and responsibilities",
      body: "Day to day, a backend developer is expected to:",
      items: [
        { text: "Understand the goals of the website and design effective solutions to meet them." },
        { text: "Store data and make sure it is shown only to users who are authorized to see it." },
        { text: "Build payment processing: accepting payment data, storing it securely and making charges." },
        { text: "Manage API resources that work across different devices." },
        { text: "Contribute to system architecture and to data-science analyses." },
        { text: "Organize the logic of systems that run across multiple devices." },
        { text: "Build frameworks or architecture that make the system easier to program against." },
        { text: "Implement algorithms and solve system-level problems." },
      ],
    },
    {
      key: "salary",
      heading: "How much backend developers earn",
      body: "Pay depends on the country and on experience. The figures below are those reported in the published article this guide draws on, which gives no year, for backend developers of every level of experience together. They are not broken down by seniority: our hire page for backend developers gives our indicative averages for each level, from junior to team lead.",
      items: [
        {
          title: "United States",
          text: "About $120,798 a year: the reported average salary of a backend developer, all levels of experience together.",
        },
        { title: "United Kingdom", text: "Typically £40,000 – £70,000 a year: the range reported for the UK." },
      ],
    },
    {
      key: "comparison",
      heading: "Frontend vs backend development",
      body: "Frontend and backend developers work on the same product from opposite sides; here is how the two roles compare. The salaries and the most popular tools are those of the published article this guide draws on, which gives no year; the last row is our own summary of the tools teams commonly use today.",
      items: [],
    },
  ],
  comparisonRows: [
    {
      aspect: "Skill set",
      frontend: "HTML, CSS and JavaScript",
      backend: "Databases, servers and APIs",
    },
    {
      aspect: "Team",
      frontend: "Designs the look of the site, based on user input and testing",
      backend:
        "Builds the application that supports the front end and provides support, security and content management",
    },
    {
      aspect: "Stand-alone service",
      frontend: "Cannot be offered as an independent service",
      backend: "Can be offered on its own as Backend-as-a-Service (BaaS)",
    },
    {
      aspect: "Goal",
      frontend: "Make the site accessible to all users and responsive on mobile and desktop",
      backend: "Build and support the application behind the front end, and make sure the site loads and works",
    },
    {
      aspect: "Average US salary, all levels (reported)",
      frontend: "$104,405 per year",
      backend: "$120,798 per year",
    },
    {
      aspect: "Most popular tools (as the article lists them)",
      frontend: "jQuery, HTML5",
      backend: "MySQL, PHP",
    },
    {
      aspect: "Common tools today (our summary)",
      frontend: "HTML, CSS and JavaScript, most often with a JavaScript framework",
      backend:
        "Node.js with Express.js, Python with Django, Java with Spring Boot, ASP.NET or Laravel; MySQL, MongoDB and Redis for data",
    },
  ],
};

type GuideText = Pick<SeedGuide["sections"][number], "heading" | "body" | "items">;
type ComparisonRow = SeedGuide["comparisonRows"][number];

/**
 * A guide's text as an earlier seed wrote it, where the seed has since rewritten it: a database
 * seeded before gets the new text on its next start, only in the sections and rows that still read
 * as first seeded, so a talent manager's own wording is never replaced.
 */
export type GuideRevision = {
  /** Sections by key, as first seeded. */
  sections: Record<string, GuideText>;
  /** Rows as first seeded, each with the aspects of the seed's rows that take its place (the first rewrites it). */
  rows: { was: ComparisonRow; now: string[] }[];
};

/**
 * The salary figures read as a contradiction of the hire page's, and the tools as today's: they now say
 * where they come from and what they average, beside today's common tools.
 */
export const backendGuideRevisions: GuideRevision[] = [
  {
    sections: {
      salary: {
        heading: "How much backend developers earn",
        body: "Backend development is well paid; the figures below are indicative averages.",
        items: [
          { title: "United States", text: "About $120,798 per year on average." },
          { title: "United Kingdom", text: "Typically £40,000 – £70,000 a year." },
        ],
      },
      comparison: {
        heading: "Frontend vs backend development",
        body: "Frontend and backend developers work on the same product from opposite sides; here is how the two roles compare.",
        items: [],
      },
    },
    rows: [
      {
        was: { aspect: "Average salary", frontend: "$104,405 per year", backend: "$120,798 per year" },
        now: ["Average US salary, all levels (reported)"],
      },
      {
        was: { aspect: "Most popular tools", frontend: "jQuery, HTML5", backend: "MySQL, PHP" },
        now: ["Most popular tools (as the article lists them)", "Common tools today (our summary)"],
      },
    ],
  },
];

export const talentExperts: SeedExpert[] = [
  {
    slug: "anna-kowalczyk",
    name: "Anna Kowalczyk",
    title: "Senior Talent Expert",
    bio: "Anna starts every search with a 30-minute discovery call to explore your project challenges, technical needs and team diversity. She then shortlists backend developers who fit both the work and the team.",
    email: "anna.kowalczyk@example.com",
    timeZone: "Europe/Warsaw",
    workingHours: weekdays("09:00", "17:00"),
  },
  {
    slug: "daniel-reyes",
    name: "Daniel Reyes",
    title: "Senior Talent Expert",
    bio: "Daniel begins with a 30-minute discovery call about your project challenges, technical needs and team diversity. He uses what he learns to match you with backend developers ready to contribute from day one.",
    email: "daniel.reyes@example.com",
    timeZone: "America/New_York",
    workingHours: weekdays("09:00", "17:00"),
  },
];

/** The templates a new dashboard starts with; managers edit or delete them under Templates. */
export const emailTemplateSeeds = [
  {
    name: "Shortlist ready",
    subject: "Your shortlist for {{role}} is ready",
    body: "Hello {{name}},\n\nThank you for your time on our call. We have vetted developers for {{company}} who are interested in the role. You can read their profiles and choose whom to interview here:\n\n{{shortlist_link}}\n\nBest regards,\n{{manager_name}}",
  },
  {
    name: "Before our call",
    subject: "Before our discovery call ({{reference}})",
    body: "Hello {{name}},\n\nI am looking forward to our call: {{call_time}}. If you have a job description or a list of must-have skills for the {{role}} role, please reply with it and I will come prepared.\n\nBest regards,\n{{manager_name}}",
  },
  {
    name: "Candidate check-in",
    subject: "A quick check-in from Bedrock Talent",
    body: "Hello {{name}},\n\nI hope you are well. Are you still looking for a new role, and has anything changed in your availability or expectations? A short reply is enough.\n\nBest regards,\n{{manager_name}}",
  },
];

/**
 * /how-it-works as first written: what a company goes through, how it can hire, what it asks. Talent
 * managers keep it true in /admin/content/how-it-works; every time and figure here is theirs to change.
 */
export const siteContentSeeds = {
  steps: [
    {
      title: "Send a request",
      duration: "We reply within 1 business day",
      description:
        "Tell us who you need through the contact form: the role, the seniority, how many developers and when they should start. Or skip the form and book a discovery call straight away.",
    },
    {
      title: "Discovery call",
      duration: "30 minutes, at a time you choose",
      description:
        "A Talent Expert learns about your product, your stack, your team and its working hours, your budget and how you like to interview. You leave the call knowing how we would staff the role.",
    },
    {
      title: "Shortlist",
      duration: "Usually 3–7 business days after the call",
      description:
        "We propose vetted developers who fit, and each of them confirms they are interested before you see their profile. You get a private shortlist link and answer Interview or Not a fit for each candidate.",
    },
    {
      title: "Interviews",
      duration: "Usually 1–2 weeks, depending on calendars",
      description:
        "Book interviews from your shortlist in the hours each candidate has offered, shown in your own time zone. Both sides receive a calendar invitation; when no hour suits you, suggest other times.",
    },
    {
      title: "Hire",
      duration: "The start date depends on the developer's notice period",
      description:
        "When you choose someone, your Talent Expert helps you agree the offer and the start date, and records the hire.",
    },
  ],
  hiringModels: [
    {
      name: "Full-time hire",
      description:
        "The developer joins your company as a permanent employee, on your payroll and under your employment contract. We find, vet and introduce; you make the offer.",
      bestFor: "Core product work and long-term ownership of your backend.",
    },
    {
      name: "Contract",
      description:
        "A developer who is open to contract work joins you for an agreed period or scope, at a rate agreed before the start. Extending or ending the contract follows the terms you agree.",
      bestFor: "A migration, a launch deadline, specialist know-how, or extra hands while you hire permanently.",
    },
    {
      name: "Team",
      description:
        "Several developers shortlisted together, for example a lead and two engineers, so that their skills and working hours fit each other as well as your company.",
      bestFor: "Starting a new product or service, or building a backend team from scratch.",
    },
  ],
  faqs: [
    {
      question: "How do you vet backend developers?",
      answer:
        "Every developer goes through the same stages: we screen their profile and CV, then hold a technical interview on APIs, databases, security and the tools they say they use. Talent managers rate each competence on a scorecard, and only developers who pass are proposed to companies. With the developer's consent, a summary of their vetting appears on your shortlist.",
    },
    {
      question: "How much does a backend developer cost?",
      answer:
        "It depends on seniority, location and whether you hire full-time or on contract. Our hire page for backend developers publishes indicative average salaries for every seniority level, with the year they refer to, so you can plan a budget before we talk. On the discovery call we go through your budget and what it can buy.",
    },
    {
      question: "Can I hire developers who work in my time zone?",
      answer:
        "Yes. Tell us your time zone and the hours your team needs to overlap, and we propose developers whose working hours fit. Your shortlist shows how many hours of each candidate's day you share, and interview times are shown in your own time zone.",
    },
    {
      question: "Are candidates asked before I see their profile?",
      answer:
        "We propose a developer for your role only with their agreement: each candidate first tells us they are interested, and only then does their profile appear on your shortlist.",
    },
    {
      question: "What happens if a hire does not work out?",
      answer:
        "Tell your Talent Expert as soon as you have a concern. We talk to you and to the developer, and where it makes sense we start a new search with what we have learned. The terms for a replacement are part of your agreement with us: ask about them before you hire.",
    },
    {
      question: "Who signs the contract, and who owns the code?",
      answer:
        "Your company signs the employment or contract agreement with the developer, so the intellectual property and confidentiality terms are yours to set, as with any hire. For contract work we recommend a clear clause that assigns the code and other work to your company.",
    },
    {
      question: "How does the developer directory work?",
      answer:
        "Vetted developers can choose to list an anonymised profile in our developer directory: their skills, experience, work history, seniority and working preferences, under their initials or a name they choose. Surnames, contact details, CVs and employers' names are never public. Found someone who fits? Press “Ask to interview” on their profile: a talent manager checks the fit with you and asks the developer whether they are interested.",
    },
    {
      question: "How long does it take to hire?",
      answer:
        "The steps above show how long each one usually takes; most of the time goes into interviews and the developer's notice period. Your Talent Expert gives you a realistic timeline for your role on the discovery call.",
    },
  ],
};
