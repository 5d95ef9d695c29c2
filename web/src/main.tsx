import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { setupI18n } from "./app/i18n.ts";
import { applyStoredTheme } from "./app/theme.ts";
import { router } from "./app/router.tsx";
import { SessionProvider } from "./app/session.tsx";
import "./styles.css";

applyStoredTheme();

const queryClient = new QueryClient({
  defaultOptions: {
    // Live events invalidate what changed; a refetch on focus covers a sleeping laptop's missed events.
    queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true },
  },
});

void setupI18n().then(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Suspense fallback={null}>
            <RouterProvider router={router} />
          </Suspense>
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
});
