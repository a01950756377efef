import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Outlook Tracker", template: "%s · Outlook Tracker" },
  description: "Expert expectations on the Korean Peninsula, tracked against what has happened since.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
