#include "controller/draftautosave.h"

#include "commands/scheduleeditor.h"
#include "controller/userprompts.h"
#include "draft/draftstore.h"
#include "planning/draftschedule.h"
#include "planning/planningsession.h"

#include <QLocale>

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

void DraftAutosave::setMaster(const QString &key)
{
    m_store->setMaster(key);
    m_restoreOffered = false;
    m_origin.reset();
}

Schedule DraftAutosave::origin() const
{
    return m_origin.value_or(m_session->draft()->base());
}

void DraftAutosave::saveNow()
{
    const DraftSchedule *draft = m_session ? m_session->draft() : nullptr;
    if (draft && draft->isModified() && m_origin)
        m_store->saveNow(*m_origin, draft->schedule());
}

void DraftAutosave::submitted()
{
    m_origin.reset();
    m_store->discard();
}

void DraftAutosave::draftChanged()
{
    const DraftSchedule *draft = m_session->draft();
    if (!draft->isModified()) {
        m_origin.reset();
        if (m_restoreOffered)
            m_store->discard();
        return;
    }
    if (!m_origin)
        m_origin = draft->base();
    m_store->scheduleSave(*m_origin, draft->schedule());
}

void DraftAutosave::offerRestore()
{
    if (m_restoreOffered)
        return;
    m_restoreOffered = true;
    QString problem;
    const std::optional<DraftStore::Saved> saved = m_store->load(&problem);
    if (!problem.isEmpty())
        m_prompts->showProblem(tr("Saved draft"), problem);
    if (!saved || saved->draft == saved->base)
        return;
    if (!m_prompts->confirm(
            tr("Restore draft"),
            tr("A draft for %1 from %2 was not submitted. Restore it?")
                .arg(saved->master,
                     QLocale().toString(saved->savedAt.toLocalTime(), QLocale::ShortFormat)),
            tr("It has %1 windows and %2 machines. If you do not restore it, it is deleted.")
                .arg(saved->draft.windows.size())
                .arg(saved->draft.machineCount()),
            tr("Restore"))) {
        m_store->discard();
        return;
    }
    if (!m_session->editor()->replaceDraft(saved->draft, tr("Restore draft"))) {
        m_prompts->showProblem(tr("The draft cannot be restored"),
                               tr("The master's state changed so that this draft would be "
                                  "refused. It stays saved in %1.")
                                   .arg(m_store->filePath()));
        return;
    }
    m_origin = saved->base;
    m_store->scheduleSave(*m_origin, m_session->draft()->schedule());
}
