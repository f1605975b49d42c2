import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration from `env` in lib/env.ts.",
        },
      ],
    },
  },
  {
    // The places allowed to read process.env: the env parser, and the tools' own configs and scripts.
    files: ["lib/env.ts", "prisma.config.ts", "playwright.config.ts", "tests/**", "scripts/**", "bench/**"],
    rules: { "no-restricted-syntax": "off" },
  },
]);
