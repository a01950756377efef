"use client";
// The header's links behind a Menu button on narrow screens (CSS shows them
// inline from 72rem up and hides the button there). Closes on navigation.
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";

export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <>
      <button type="button" className="menu-toggle secondary" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpen((o) => !o)}>
        {label}
      </button>
      <div id="site-menu" className={open ? "site-menu open" : "site-menu"}>
        {children}
      </div>
    </>
  );
}
