#include "controller/draftautosave.h"

#include "commands/scheduleeditor.h"
#include "controller/userprompts.h"
#include "draft/draftstore.h"
#include "draft/masterkey.h"
#include "planning/draftschedule.h"
#include "planning/planningsession.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

DraftAutosave::DraftAutosave(PlanningSession *session, UserPrompts *prompts,
                             const QString &directory, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_store(new DraftStore(directory, this))
{
    connect(session->draft(), &DraftSchedule::windowsChanged, this, &DraftAutosave::draftChanged);
    connect(m_store, &DraftStore::saveFailed, this, [this](const QString &error) {
        m_prompts->showProblem(tr("The draft could not be saved"), error);
    });
}

void DraftAutosave::setMaster(const QString &master)
{
    if (MasterKey::of(master) == MasterKey::of(m_master))
        return;
    const bool switching = !m_master.isEmpty();
    saveNow();
    m_store->setMaster(QString()); // nothing below may touch the previous master's file
    m_master.clear();
    m_origin.reset();
    m_resolved = false;
    if (switching && m_session)
        m_session->clear();
    m_master = master;
    m_store->setMaster(master);
    if (!master.isEmpty())
        QTimer::singleShot(0, this, &DraftAutosave::offerRestore);
}

Schedule DraftAutosave::origin() const
{
    return m_origin.value_or(m_session->draft()->base());
}

void DraftAutosave::saveNow()
{
    const DraftSchedule *draft = m_session ? m_session->draft() : nullptr;
    if (!draft || !draft->isModified() || !m_origin || !m_store->isLocked())
        return;
    if (!m_resolved) // never offered: keep it beside ours rather than write over it
        m_store->setAside(QStringLiteral("earlier"));
    m_store->saveNow(*m_origin, draft->schedule());
}

void DraftAutosave::submitted()
{
    const DraftSchedule *draft = m_session->draft();
    if (draft->isModified()) { // edits made while the submit ran: they start from what was sent
        m_origin = draft->base();
        if (m_resolved && m_store->isLocked())
            m_store->scheduleSave(*m_origin, draft->schedule());
        return;
    }
    m_origin.reset();
    m_store->discard();
}

void DraftAutosave::draftChanged()
{
    const DraftSchedule *draft = m_session->draft();
    if (!draft->isModified()) {
        // Only the person's own undo or revert ends their edits: the file is theirs to drop. A
        // new live schedule under an unmodified draft touches nothing on disk.
        if (m_origin && m_resolved)
            m_store->discard();
        m_origin.reset();
        return;
    }
    if (!m_origin)
        m_origin = draft->base();
    if (m_resolved && m_store->isLocked())
        m_store->scheduleSave(*m_origin, draft->schedule());
}

void DraftAutosave::resolved()
{
    m_resolved = true;
    const DraftSchedule *draft = m_session->draft();
    if (draft->isModified() && m_origin && m_store->isLocked())
        m_store->scheduleSave(*m_origin, draft->schedule());
}

void DraftAutosave::offerRestore()
{
    if (m_resolved || m_master.isEmpty() || !m_session)
        return;
    if (!m_store->isLocked()) {
        m_resolved = true;
        m_prompts->showProblem(tr("The draft is open elsewhere"), m_store->lockProblem());
        return;
    }
    QString problem;
    const std::optional<DraftStore::Saved> saved = m_store->load(&problem);
    if (!problem.isEmpty())
        m_prompts->showProblem(tr("Saved draft"), problem);
    if (!saved || saved->draft == saved->base)
        return resolved();
    const QString folder = QFileInfo(m_store->filePath()).absolutePath();
    QString details
        = tr("It has %1 windows and %2 machines. If you do not restore it, it is kept in %3 and "
             "not offered again.")
              .arg(saved->draft.windows.size())
              .arg(saved->draft.machineCount())
              .arg(folder);
    if (m_session->draft()->isModified())
        details += QLatin1Char('\n')
            + tr("Restoring replaces the edits made since; Undo brings them back.");
    if (!m_prompts->confirm(
            tr("Restore draft"),
            tr("A draft for %1 from %2 was not submitted. Restore it?")
                .arg(saved->master,
                     QLocale().toString(saved->savedAt.toLocalTime(), QLocale::ShortFormat)),
            details, tr("Restore"))) {
        m_store->setAside(QStringLiteral("declined"));
        return resolved();
    }
    if (!m_session->editor()->replaceDraft(saved->draft, tr("Restore draft"))) {
        const QString aside = m_store->setAside(QStringLiteral("refused"));
        m_prompts->showProblem(tr("The draft cannot be restored"),
                               tr("The master's state changed so that this draft would be "
                                  "refused. It is kept as %1.")
                                   .arg(aside));
        return resolved();
    }
    m_origin = saved->base;
    resolved();
}
