import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CalendarFeedSettings } from "@/components/settings/calendar-feed-settings";
import { DeleteWorkspaceForm } from "@/components/settings/delete-workspace-form";
import { FailedDeliveries } from "@/components/settings/failed-deliveries";
import { InvitationList } from "@/components/settings/invitation-list";
import { InviteForm } from "@/components/settings/invite-form";
import { ReminderSettings } from "@/components/settings/reminder-settings";
import { RoleButton } from "@/components/settings/role-button";
import { SignOutEverywhereButton } from "@/components/settings/sign-out-everywhere-button";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { hasCalendarFeed } from "@/lib/calendar/feed-token";
import { minutesToTime } from "@/lib/reminders/local-time";
import { getReminderSettings, listFailedDeliveries } from "@/lib/reminders/preferences";
import { can } from "@/lib/workspaces/permissions";
import { INVITATION_LIFETIME_DAYS, listInvitations } from "@/lib/workspaces/invitations";
import { listWorkspaceUsers } from "@/lib/workspaces/workspace-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requireUser();
  const isOwner = can(user.role, "workspace:invite");
  const [t, tLanguage, tCalendar, tReminders, tData, calendarFeed, reminders, failedDeliveries, people, invitations] = await Promise.all([
    getTranslations("settings"),
    getTranslations("language"),
    getTranslations("calendarFeed"),
    getTranslations("reminders"),
    getTranslations("workspaceData"),
    hasCalendarFeed(user),
    getReminderSettings(user),
    listFailedDeliveries(user),
    listWorkspaceUsers(user),
    isOwner ? listInvitations(user) : Promise.resolve([]),
  ]);

  return (
    <ClientMessages namespaces={["calendarFeed", "common", "errors", "language", "reminders", "settings", "workspaceData"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>

        <Card aria-labelledby="profile-title" className="space-y-3">
          <h2 id="profile-title" className="text-lg font-semibold">
            {t("profileTitle")}
          </h2>
          <p>
            {user.name} <span className="text-muted-foreground">· {user.email}</span>
          </p>
          <div className="space-y-1">
            <p className="text-sm font-medium">{tLanguage("label")}</p>
            <p className="text-sm text-muted-foreground">{t("languageHelp")}</p>
            <LanguageSwitch />
          </div>
          <div className="space-y-1">
            <p className="max-w-prose text-sm text-muted-foreground">{t("signOutEverywhereHelp")}</p>
            <SignOutEverywhereButton />
          </div>
        </Card>

        <Card aria-labelledby="reminders-title" className="space-y-3">
          <h2 id="reminders-title" className="text-lg font-semibold">
            {tReminders("title")}
          </h2>
          <p className="max-w-prose text-sm text-muted-foreground">{tReminders("help")}</p>
          <ReminderSettings
            available={reminders.available}
            enabled={reminders.remindersEnabled}
            time={minutesToTime(reminders.reminderMinutes)}
            timeZone={reminders.timeZone}
          />
          {isOwner && <FailedDeliveries deliveries={failedDeliveries} />}
        </Card>

        <Card aria-labelledby="calendar-title" className="space-y-3">
          <h2 id="calendar-title" className="text-lg font-semibold">
            {tCalendar("title")}
          </h2>
          <p className="max-w-prose text-sm text-muted-foreground">{tCalendar("help")}</p>
          <CalendarFeedSettings enabled={calendarFeed} />
        </Card>

        <Card aria-labelledby="workspace-title" className="space-y-4">
          <h2 id="workspace-title" className="text-lg font-semibold">
            {t("workspaceTitle")}: {user.workspaceName}
          </h2>
          <p className="max-w-prose text-sm text-muted-foreground">{t("ownerNote")}</p>
          <h3 className="font-semibold">{t("managersTitle")}</h3>
          <ul className="divide-y divide-border">
            {people.map((person) => (
              <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {person.name} <span className="text-sm text-muted-foreground">· {person.email}</span>
                </span>
                <span className="flex flex-wrap items-center justify-end gap-2">
                  <span className="rounded-full bg-muted px-2 py-0.5 text-xs font-medium">{t(`role.${person.role}`)}</span>
                  {isOwner && person.id !== user.userId && <RoleButton userId={person.id} name={person.name} role={person.role} />}
                </span>
              </li>
            ))}
          </ul>
        </Card>

        {isOwner && (
          <Card aria-labelledby="invite-title" className="space-y-4">
            <h2 id="invite-title" className="text-lg font-semibold">
              {t("inviteTitle")}
            </h2>
            <p className="max-w-prose text-sm text-muted-foreground">{t("inviteHelp", { days: INVITATION_LIFETIME_DAYS })}</p>
            <InviteForm />
            <InvitationList invitations={invitations} />
          </Card>
        )}

        {isOwner && (
          <Card aria-labelledby="workspace-data-title" className="space-y-4">
            <h2 id="workspace-data-title" className="text-lg font-semibold">
              {tData("title")}
            </h2>
            <p className="max-w-prose text-sm text-muted-foreground">{tData("help")}</p>
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="secondary">
                <Link href="/audit">{tData("auditLink")}</Link>
              </Button>
              <Button asChild variant="secondary">
                <a href="/settings/workspace-export" download>
                  <Download aria-hidden className="size-4" />
                  {tData("export")}
                </a>
              </Button>
            </div>
            <h3 className="font-semibold text-danger">{tData("deleteTitle")}</h3>
            <p className="max-w-prose text-sm text-muted-foreground">{tData("deleteHelp")}</p>
            <DeleteWorkspaceForm workspaceName={user.workspaceName} />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
