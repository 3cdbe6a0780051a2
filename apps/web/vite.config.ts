import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  plugins: [
    react(),
    // The kiosk must start and run without network once enrolled: the app is precached,
    // survey definitions and the tablet's status are cached as they are fetched.
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "script",
      manifest: {
        name: "Familjecentralsuppföljningen",
        short_name: "Familjecentral",
        lang: "sv",
        start_url: "/kiosk",
        display: "fullscreen",
        background_color: "#fdfaf4",
        theme_color: "#00508c",
        icons: [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml" }],
      },
      workbox: {
        // Take over the open kiosk page at once, so it works offline without waiting for a restart.
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ["**/*.{js,css,html,svg}"],
        // The dashboards and the follow-up form (with SurveyJS) are for signed-in staff online; a tablet need not hold them.
        globIgnores: ["**/ResultsPage-*.js", "**/ReportPage-*.js", "**/charts-*.js", "**/FollowUpForm-*"],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith("/api/surveys/"),
            handler: "StaleWhileRevalidate",
            options: { cacheName: "survey-definitions" },
          },
          {
            urlPattern: ({ url }) => url.pathname === "/api/kiosk/status",
            handler: "NetworkFirst",
            options: { cacheName: "kiosk-status", networkTimeoutSeconds: 4 },
          },
        ],
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No source maps in the build: production would serve them to anyone (megabytes of our source).
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The chart library's chunk gets a name of its own, so the kiosk's precache can leave it out. A page
        // keeps its own name even where the bundler puts a piece of the library only it uses into it.
        chunkFileNames: (chunk) =>
          !chunk.isDynamicEntry && chunk.moduleIds.some((id) => id.includes("/node_modules/recharts/"))
            ? "assets/charts-[hash].js"
            : "assets/[name]-[hash].js",
      },
    },
  },
});
