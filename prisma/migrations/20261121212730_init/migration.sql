-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'MANAGER');

-- CreateEnum
CREATE TYPE "Depth" AS ENUM ('FACTUAL', 'CAUSATIVE', 'VALUES');

-- CreateEnum
CREATE TYPE "ConversationSetting" AS ENUM ('COFFEE', 'LUNCH', 'WALK', 'ONLINE', 'ONE_ON_ONE', 'OTHER');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'MANAGER',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT,
    "role" "Role" NOT NULL DEFAULT 'MANAGER',
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "team" TEXT,
    "email" TEXT,
    "startDate" DATE,
    "languages" TEXT[],
    "cadenceDays" INTEGER NOT NULL DEFAULT 14,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "setting" "ConversationSetting" NOT NULL,
    "durationMinutes" INTEGER,
    "openness" INTEGER NOT NULL,
    "volunteered" BOOLEAN NOT NULL DEFAULT false,
    "pulledBackAt" "Depth",
    "intention" TEXT,
    "clientRequestId" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Insight" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "conversationId" TEXT,
    "depth" "Depth" NOT NULL,
    "topic" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Insight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "conversationId" TEXT,
    "request" TEXT NOT NULL,
    "action" TEXT,
    "dueDate" DATE,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "dropReason" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "key" TEXT,
    "depth" "Depth" NOT NULL,
    "topic" TEXT NOT NULL,
    "textEn" TEXT,
    "textJa" TEXT,
    "hintEn" TEXT,
    "hintJa" TEXT,
    "createdById" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationPlan" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "intention" TEXT NOT NULL,
    "depth" "Depth" NOT NULL,
    "setting" "ConversationSetting",
    "plannedFor" TIMESTAMP(3),
    "agenda" TEXT,
    "status" "PlanStatus" NOT NULL DEFAULT 'PLANNED',
    "conversationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanQuestion" (
    "workspaceId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanQuestion_pkey" PRIMARY KEY ("planId","questionId")
);

-- CreateTable
CREATE TABLE "PersonalMissionVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalMissionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_workspaceId_idx" ON "User"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "User_id_workspaceId_key" ON "User"("id", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_acceptedById_key" ON "Invitation"("acceptedById");

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_createdAt_idx" ON "Invitation"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "TeamMember_workspaceId_managerId_archivedAt_name_idx" ON "TeamMember"("workspaceId", "managerId", "archivedAt", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_id_workspaceId_key" ON "TeamMember"("id", "workspaceId");

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_managerId_memberId_occurredAt_idx" ON "Conversation"("workspaceId", "managerId", "memberId", "occurredAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_id_workspaceId_key" ON "Conversation"("id", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_managerId_clientRequestId_key" ON "Conversation"("managerId", "clientRequestId");

-- CreateIndex
CREATE INDEX "Insight_workspaceId_managerId_memberId_depth_createdAt_idx" ON "Insight"("workspaceId", "managerId", "memberId", "depth", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Insight_conversationId_idx" ON "Insight"("conversationId");

-- CreateIndex
CREATE INDEX "FollowUp_workspaceId_managerId_status_dueDate_idx" ON "FollowUp"("workspaceId", "managerId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUp_workspaceId_memberId_status_idx" ON "FollowUp"("workspaceId", "memberId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_id_workspaceId_key" ON "FollowUp"("id", "workspaceId");

-- CreateIndex
CREATE INDEX "Milestone_followUpId_position_idx" ON "Milestone"("followUpId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Question_key_key" ON "Question"("key");

-- CreateIndex
CREATE INDEX "Question_depth_topic_idx" ON "Question"("depth", "topic");

-- CreateIndex
CREATE INDEX "Question_workspaceId_depth_idx" ON "Question"("workspaceId", "depth");

-- CreateIndex
CREATE INDEX "ConversationPlan_workspaceId_managerId_status_plannedFor_idx" ON "ConversationPlan"("workspaceId", "managerId", "status", "plannedFor");

-- CreateIndex
CREATE INDEX "ConversationPlan_workspaceId_memberId_status_idx" ON "ConversationPlan"("workspaceId", "memberId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationPlan_id_workspaceId_key" ON "ConversationPlan"("id", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationPlan_conversationId_workspaceId_key" ON "ConversationPlan"("conversationId", "workspaceId");

-- CreateIndex
CREATE INDEX "PlanQuestion_questionId_idx" ON "PlanQuestion"("questionId");

-- CreateIndex
CREATE INDEX "PersonalMissionVersion_workspaceId_managerId_memberId_idx" ON "PersonalMissionVersion"("workspaceId", "managerId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalMissionVersion_memberId_managerId_version_key" ON "PersonalMissionVersion"("memberId", "managerId", "version");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_workspaceId_fkey" FOREIGN KEY ("invitedById", "workspaceId") REFERENCES "User"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_managerId_workspaceId_fkey" FOREIGN KEY ("managerId", "workspaceId") REFERENCES "User"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_memberId_workspaceId_fkey" FOREIGN KEY ("memberId", "workspaceId") REFERENCES "TeamMember"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_managerId_workspaceId_fkey" FOREIGN KEY ("managerId", "workspaceId") REFERENCES "User"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insight" ADD CONSTRAINT "Insight_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insight" ADD CONSTRAINT "Insight_memberId_workspaceId_fkey" FOREIGN KEY ("memberId", "workspaceId") REFERENCES "TeamMember"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insight" ADD CONSTRAINT "Insight_managerId_workspaceId_fkey" FOREIGN KEY ("managerId", "workspaceId") REFERENCES "User"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insight" ADD CONSTRAINT "Insight_conversationId_workspaceId_fkey" FOREIGN KEY ("conversationId", "workspaceId") REFERENCES "Conversation"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_memberId_workspaceId_fkey" FOREIGN KEY ("memberId", "workspaceId") REFERENCES "TeamMember"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_managerId_workspaceId_fkey" FOREIGN KEY ("managerId", "workspaceId") REFERENCES "User"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_conversationId_workspaceId_fkey" FOREIGN KEY ("conversationId", "workspaceId") REFERENCES "Conversation"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_followUpId_workspaceId_fkey" FOREIGN KEY ("followUpId", "workspaceId") REFERENCES "FollowUp"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPlan" ADD CONSTRAINT "ConversationPlan_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPlan" ADD CONSTRAINT "ConversationPlan_memberId_workspaceId_fkey" FOREIGN KEY ("memberId", "workspaceId") REFERENCES "TeamMember"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPlan" ADD CONSTRAINT "ConversationPlan_managerId_workspaceId_fkey" FOREIGN KEY ("managerId", "workspaceId") REFERENCES "User"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPlan" ADD CONSTRAINT "ConversationPlan_conversationId_workspaceId_fkey" FOREIGN KEY ("conversationId", "workspaceId") REFERENCES "Conversation"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanQuestion" ADD CONSTRAINT "PlanQuestion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanQuestion" ADD CONSTRAINT "PlanQuestion_planId_workspaceId_fkey" FOREIGN KEY ("planId", "workspaceId") REFERENCES "ConversationPlan"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanQuestion" ADD CONSTRAINT "PlanQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalMissionVersion" ADD CONSTRAINT "PersonalMissionVersion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalMissionVersion" ADD CONSTRAINT "PersonalMissionVersion_memberId_workspaceId_fkey" FOREIGN KEY ("memberId", "workspaceId") REFERENCES "TeamMember"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalMissionVersion" ADD CONSTRAINT "PersonalMissionVersion_managerId_workspaceId_fkey" FOREIGN KEY ("managerId", "workspaceId") REFERENCES "User"("id", "workspaceId") ON DELETE RESTRICT ON UPDATE CASCADE;

