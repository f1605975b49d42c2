import localFont from "next/font/local";

// Geist (the `geist` package's variable font, SIL Open Font License: GEIST-LICENSE.txt) cut down
// to Latin, Latin-1, Latin Extended-A and common punctuation: 30 kB instead of 70 kB on every
// first visit (issue #7). Other characters (Japanese, Cyrillic…) fall back to the system fonts
// listed after it in globals.css. Made with fontTools (Debian's python3-fonttools):
//   pyftsubset node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2 --flavor=woff2 \
//     --unicodes="U+0000-00FF,U+0100-017F,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD" \
//     --output-file=app/fonts/geist-sans-latin.woff2
export const geistSans = localFont({
  src: "./geist-sans-latin.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
});
