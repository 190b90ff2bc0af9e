export const SITE_NAME = "Bedrock Talent";

export function LogoMark({ className = "h-8 w-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#1a3fa8" />
      <path d="M8 11h16M8 16h16M8 21h16" stroke="#bcd2fe" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="11" cy="11" r="1.6" fill="#fff" />
      <circle cx="11" cy="16" r="1.6" fill="#fff" />
      <circle cx="11" cy="21" r="1.6" fill="#fff" />
    </svg>
  );
}
