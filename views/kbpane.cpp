#include "kbpane.h"

#include "panesupport.h"

#include "models/api/apipaths.h"
#include "models/api/manageclient.h"
#include "models/api/recordjob.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/kbsearchmodel.h"
#include "models/store/cache.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// The title in bold over the snippet, the matches in bold (rich text from the model, escaped).
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QTextDocument doc;
        prepare(doc, opt, index);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        painter->save();
        painter->translate(text.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette.setColor(
            QPalette::Text,
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        context.clip = QRectF(0, 0, text.width(), text.height());
        painter->setClipRect(context.clip);
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        prepare(doc, opt, index);
        const int margin = 2 * (opt.widget ? opt.widget->style() : QApplication::style())
                                   ->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget);
        return {int(doc.idealWidth()) + margin, int(doc.size().height()) + margin};
    }

private:
    static void prepare(QTextDocument &doc, const QStyleOptionViewItem &opt,
                        const QModelIndex &index)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        const int width = opt.widget ? opt.widget->width() - 24 : 300;
        doc.setTextWidth(std::max(120, width));
        // i18n-ok: markup around the article's own title and snippet, no words of ours
        doc.setHtml(u"<b>%1</b><br>%2"_s.arg(
            index.data(KbSearchModel::TitleRole).toString().toHtmlEscaped(),
            index.data(KbSearchModel::SnippetHtmlRole).toString()));
    }
};

} // namespace

KbPane::KbPane(Desk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new KbSearchModel(desk, this))
    , m_search(new QLineEdit)
    , m_source(new QLabel)
    , m_results(new QListView)
    , m_stack(new QStackedWidget)
    , m_article(new QTextBrowser)
    , m_titleEdit(new QLineEdit)
    , m_issueEdit(new QPlainTextEdit)
    , m_resolutionEdit(new QPlainTextEdit)
    , m_new(new QPushButton(tr("&New")))
    , m_edit(new QPushButton(tr("&Edit")))
    , m_delete(new QPushButton(tr("De&lete")))
    , m_insert(new QPushButton(tr("&Insert as Note")))
    , m_save(new QPushButton(tr("&Save")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_status(new QLabel)
    , m_typing(new QTimer(this))
{
    setObjectName(u"kbPane"_s);
    setAccessibleName(tr("Knowledge base"));
    m_search->setObjectName(u"kbSearch"_s);
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_search->setPlaceholderText(tr("Search titles, issues and resolutions…"));
    m_source->setObjectName(u"kbSource"_s);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_results->setObjectName(u"kbResults"_s);
    m_results->setAccessibleName(tr("Articles found"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAlternatingRowColors(true);
    m_article->setObjectName(u"kbArticle"_s);
    m_article->setAccessibleName(tr("Article"));
    m_article->setOpenExternalLinks(true);
    m_titleEdit->setObjectName(u"kbTitleEdit"_s);
    m_titleEdit->setAccessibleName(tr("Article title"));
    m_issueEdit->setObjectName(u"kbIssueEdit"_s);
    m_issueEdit->setAccessibleName(tr("Article issue"));
    m_issueEdit->setTabChangesFocus(true);
    m_resolutionEdit->setObjectName(u"kbResolutionEdit"_s);
    m_resolutionEdit->setAccessibleName(tr("Article resolution"));
    m_resolutionEdit->setTabChangesFocus(true);
    const struct
    {
        QPushButton *button;
        const char *name;
        QString accessible;
    } buttons[] = {{m_new, "kbNew", tr("New article")},
                   {m_edit, "kbEdit", tr("Edit article")},
                   {m_delete, "kbDelete", tr("Delete article")},
                   {m_insert, "kbInsert", tr("Insert the article's resolution as a note")},
                   {m_save, "kbSave", tr("Save article")},
                   {m_cancel, "kbCancel", tr("Cancel editing the article")}};
    for (const auto &b : buttons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setAccessibleName(b.accessible);
    }
    m_status->setObjectName(u"kbStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto *editor = new QWidget;
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("I&ssue:"), m_issueEdit);
    form->addRow(tr("&Resolution:"), m_resolutionEdit);
    auto *editButtons = new QHBoxLayout;
    editButtons->addStretch(1);
    editButtons->addWidget(m_cancel);
    editButtons->addWidget(m_save);
    form->addRow(editButtons);
    m_stack->addWidget(m_article);
    m_stack->addWidget(editor);

    auto *articleButtons = new QHBoxLayout;
    articleButtons->addWidget(m_new);
    articleButtons->addWidget(m_edit);
    articleButtons->addWidget(m_delete);
    articleButtons->addStretch(1);
    articleButtons->addWidget(m_insert);
    auto *articleSide = new QWidget;
    auto *articleLayout = new QVBoxLayout(articleSide);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->addWidget(m_stack, 1);
    articleLayout->addLayout(articleButtons);
    auto *resultSide = new QWidget;
    auto *resultLayout = new QVBoxLayout(resultSide);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_search);
    resultLayout->addWidget(m_source);
    resultLayout->addWidget(m_results, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"kbSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(resultSide);
    splitter->addWidget(articleSide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &KbPane::search);
    connect(m_typing, &QTimer::timeout, this, &KbPane::search);
    connect(m_model, &KbSearchModel::searched, this, &KbPane::showResults);
    connect(m_model, &KbSearchModel::searchFailed, this, &KbPane::failed);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showArticle(current.data(IdRole).toInt());
            });
    connect(m_new, &QPushButton::clicked, this, &KbPane::newArticle);
    connect(m_edit, &QPushButton::clicked, this, &KbPane::editArticle);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteArticle(); });
    connect(m_insert, &QPushButton::clicked, this, &KbPane::insertAsNote);
    connect(m_save, &QPushButton::clicked, this, &KbPane::saveArticle);
    connect(m_cancel, &QPushButton::clicked, this, &KbPane::cancelEdit);
    if (m_desk)
        connect(m_desk, &Desk::stateChanged, this, &KbPane::updateButtons);
    if (Cache *cache = m_desk ? m_desk->cache() : nullptr) {
        connect(cache, &Cache::recordsChanged, this,
                [this](RecordKind kind, const QList<int> &ids) {
                    if (kind == RecordKind::KbArticle && ids.contains(m_articleId) && !isEditing())
                        showArticle(m_articleId);
                });
        connect(cache, &Cache::recordsRemoved, this,
                [this](RecordKind kind, const QList<int> &ids) {
                    if (kind == RecordKind::KbArticle && ids.contains(m_articleId))
                        showArticle(0);
                });
    }
    showArticle(0);
    search();
}

bool KbPane::isEditing() const
{
    return m_editingId >= 0;
}

bool KbPane::canWrite() const
{
    return m_desk && m_desk->state() == Desk::State::Online && !m_desk->options().offline;
}

void KbPane::setTicket(int ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    if (m_search->text().trimmed().isEmpty()) {
        if (isVisible())
            m_typing->start();
        else
            m_suggestOnShow = true;
    }
    updateButtons();
}

void KbPane::setReader(CacheReader *reader)
{
    m_model->setReader(reader);
}

void KbPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_suggestOnShow && m_search->text().trimmed().isEmpty())
        search();
    m_suggestOnShow = false;
}

void KbPane::search()
{
    m_typing->stop();
    m_suggestOnShow = false;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        m_model->search(text);
        return;
    }
    QString summary;
    if (Cache *cache = m_desk && m_ticketId ? m_desk->cache() : nullptr)
        summary = cache->ticket(m_ticketId).summary();
    m_model->suggest(summary);
}

void KbPane::showResults()
{
    const bool suggestions = m_search->text().trimmed().isEmpty();
    const int count = m_model->rowCount();
    if (suggestions) {
        m_source->setText(
            m_ticketId
                ? tr("Suggested for ticket #%1: %n article(s)", nullptr, count).arg(m_ticketId)
                : tr("Type to search the knowledge base."));
    } else if (m_model->source() == KbSearchModel::Source::Online) {
        m_source->setText(tr("%n article(s) found on the server", nullptr, count));
    } else {
        m_source->setText(tr("%n article(s) found offline, in the local index", nullptr, count));
    }
    if (count > 0 && !isEditing() && m_model->rowOfId(m_articleId) < 0)
        m_results->setCurrentIndex(m_model->index(0));
}

void KbPane::showArticle(int id)
{
    m_articleId = id;
    Cache *cache = m_desk ? m_desk->cache() : nullptr;
    const QJsonObject article =
        cache && id > 0
            ? QJsonDocument::fromJson(cache->rawRecord(RecordKind::KbArticle, id)).object()
            : QJsonObject();
    if (article.isEmpty()) {
        m_articleId = 0;
        m_article->setHtml(u"<p>%1</p>"_s.arg(tr("No article selected.").toHtmlEscaped()));
    } else {
        const QString dim = palette().color(QPalette::PlaceholderText).name();
        m_article->setHtml(
            // i18n-ok: markup only; the headings are translated below
            u"<h3>%1</h3><p style=\"color:%2\">%3</p><h4>%4</h4><p>%5</p><h4>%6</h4><p>%7</p>"_s
                .arg(article.value(u"title"_s).toString().toHtmlEscaped(), dim,
                     tr("Article #%1").arg(id).toHtmlEscaped(), tr("Issue").toHtmlEscaped(),
                     PaneSupport::linkifiedHtml(article.value(u"issue"_s).toString()),
                     tr("Resolution").toHtmlEscaped(),
                     PaneSupport::linkifiedHtml(article.value(u"resolution"_s).toString())));
    }
    if (!isEditing())
        m_stack->setCurrentWidget(m_article);
    updateButtons();
}

void KbPane::updateButtons()
{
    const bool editing = isEditing();
    const bool online = canWrite();
    m_new->setEnabled(!editing && online);
    m_edit->setEnabled(!editing && online && m_articleId > 0);
    m_delete->setEnabled(!editing && online && m_articleId > 0);
    const QString why =
        online ? QString() : tr("Articles are changed on the server: connect first.");
    for (QPushButton *button : {m_new, m_edit, m_delete})
        button->setToolTip(why);
    m_insert->setEnabled(!editing && m_articleId > 0);
    m_insert->setToolTip(
        m_ticketId ? tr("Put the resolution into the note composer of ticket #%1").arg(m_ticketId)
                   : tr("Put the resolution into the note composer"));
    m_save->setEnabled(editing && online);
}

void KbPane::newArticle()
{
    m_editingId = 0;
    m_loaded = {};
    m_titleEdit->clear();
    m_issueEdit->clear();
    m_resolutionEdit->clear();
    m_stack->setCurrentIndex(1);
    m_titleEdit->setFocus();
    updateButtons();
}

void KbPane::editArticle()
{
    Cache *cache = m_desk ? m_desk->cache() : nullptr;
    if (!cache || m_articleId <= 0)
        return;
    m_loaded =
        QJsonDocument::fromJson(cache->rawRecord(RecordKind::KbArticle, m_articleId)).object();
    m_editingId = m_articleId;
    m_titleEdit->setText(m_loaded.value(u"title"_s).toString());
    m_issueEdit->setPlainText(m_loaded.value(u"issue"_s).toString());
    m_resolutionEdit->setPlainText(m_loaded.value(u"resolution"_s).toString());
    m_stack->setCurrentIndex(1);
    m_titleEdit->setFocus();
    updateButtons();
}

void KbPane::cancelEdit()
{
    m_editingId = -1;
    m_stack->setCurrentWidget(m_article);
    updateButtons();
}

void KbPane::saveArticle()
{
    if (!isEditing() || !canWrite())
        return;
    QJsonObject edited = m_loaded;
    edited.insert(u"title"_s, m_titleEdit->text().trimmed());
    edited.insert(u"issue"_s, m_issueEdit->toPlainText().trimmed());
    edited.insert(u"resolution"_s, m_resolutionEdit->toPlainText().trimmed());
    const int editing = m_editingId;
    RecordJob *job =
        editing == 0
            ? m_desk->client()->create(ApiPaths::knowledgeBaseArticles(), edited)
            : m_desk->client()->update(ApiPaths::knowledgeBaseArticle(editing), m_loaded, edited);
    m_desk->track(job);
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_status->show();
    connect(job, &ManageJob::failed, this, [this](const ApiError &error) {
        failed(tr("Not saved: %1").arg(error.headline()));
        m_save->setEnabled(true);
    });
    connect(job, &RecordJob::succeeded, this, [this](const QByteArray &raw) {
        const int id = QJsonDocument::fromJson(raw).object().value(u"id"_s).toInt();
        if (Cache *cache = m_desk->cache())
            cache->upsert(RecordKind::KbArticle, {raw});
        m_status->hide();
        m_editingId = -1;
        showArticle(id);
        Q_EMIT articleSaved(id);
    });
}

void KbPane::deleteArticle(bool confirm)
{
    if (m_articleId <= 0 || !canWrite())
        return;
    const int id = m_articleId;
    if (confirm && QMessageBox::question(this, tr("Delete Article"),
                                         tr("Delete article #%1 from the knowledge base?").arg(id),
                                         QMessageBox::Yes | QMessageBox::Cancel,
                                         QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    RecordJob *job = m_desk->client()->remove(ApiPaths::knowledgeBaseArticle(id));
    m_desk->track(job);
    connect(job, &ManageJob::failed, this,
            [this](const ApiError &error) { failed(tr("Not deleted: %1").arg(error.headline())); });
    connect(job, &RecordJob::succeeded, this, [this, id] {
        if (Cache *cache = m_desk->cache())
            cache->remove(RecordKind::KbArticle, {id});
        m_status->hide();
        Q_EMIT articleDeleted(id);
    });
}

void KbPane::insertAsNote()
{
    Cache *cache = m_desk ? m_desk->cache() : nullptr;
    if (!cache || m_articleId <= 0)
        return;
    const QString resolution = cache->kbArticle(m_articleId).resolution();
    if (!resolution.isEmpty())
        Q_EMIT insertAsNoteRequested(resolution);
}

void KbPane::failed(const QString &message)
{
    m_status->setText(message);
    m_status->show();
}

} // namespace cw
