<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="ar">
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="111" />
        <source>أرشيف البلاغات</source>
        <translation>Archives des communiqués</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="124" />
        <source>فتح</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="125" />
        <source>تصدير PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="164" />
        <source>تصدير البلاغ</source>
        <translation>Exporter le communiqué</translation>
    </message>
</context>
<context>
    <name>DailyVisitorsModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/daily_model.py" line="97" />
        <source>اليوم</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/daily_model.py" line="97" />
        <source>عدد الزوار</source>
        <translation>Visiteurs</translation>
    </message>
</context>
<context>
    <name>EditionForm</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="106" />
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="108" />
        <source>حفظ الدورة (Ctrl+S)</source>
        <translation>Enregistrer l'édition (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="130" />
        <source>هوية الدورة</source>
        <translation>Identité de l'édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="132" />
        <location filename="../../desktop/balagh/gui/edition_form.py" line="148" />
        <source>رقم الدورة</source>
        <translation>Numéro de l'édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="134" />
        <location filename="../../desktop/balagh/gui/edition_form.py" line="150" />
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="135" />
        <source>المدينة بالفرنسية</source>
        <translation>Ville (français)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="136" />
        <location filename="../../desktop/balagh/gui/edition_form.py" line="151" />
        <source>الفضاء</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="137" />
        <source>الفضاء بالفرنسية</source>
        <translation>Lieu (français)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="140" />
        <location filename="../../desktop/balagh/gui/edition_form.py" line="161" />
        <source>شعار الدورة</source>
        <translation>Thème de l'édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="148" />
        <source>تاريخ البداية</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="149" />
        <source>تاريخ النهاية</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="150" />
        <location filename="../../desktop/balagh/gui/edition_form.py" line="151" />
        <source>بالفرنسية</source>
        <translation>en français</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="161" />
        <source>ملاحظات</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="182" />
        <source>الأرقام</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="184" />
        <source>الرقم</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="185" />
        <source>الصيغة</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="186" />
        <source>كما سيكتب / أيام الذروة</source>
        <translation>Forme rédigée / jours de pointe</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="216" />
        <source>الزوار يوما بيوم (يمكن لصق عمود من Excel)</source>
        <translation>Visiteurs jour par jour (une colonne Excel peut être collée)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="229" />
        <source>القوائم</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="232" />
        <source>الفئة</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="233" />
        <source>الشريك</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="235" />
        <source>الشركاء (مفصولون بفاصلة)</source>
        <translation>Partenaires (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="235" />
        <source>عنوان الرواق</source>
        <translation>Titre du pavillon</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="237" />
        <source>موضوع الندوة</source>
        <translation>Sujet du séminaire</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="238" />
        <source>الحدث</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="240" />
        <source>الفئات الزائرة</source>
        <translation>Publics</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="241" />
        <source>الشركاء</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="242" />
        <source>الأروقة المشتركة</source>
        <translation>Pavillons communs</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="243" />
        <source>الندوات</source>
        <translation>Séminaires</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="244" />
        <source>أبرز الأحداث</source>
        <translation>Faits marquants</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/balagh/gui/edition_form.py" line="373" />
        <source>مشاكل يجب تصحيحها قبل الحفظ: %n</source>
        <translation>
            <numerusform>%n problème à corriger avant d'enregistrer</numerusform><numerusform>%n problèmes à corriger avant d'enregistrer</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition_form.py" line="377" />
        <source>لا توجد مشاكل.</source>
        <translation>Aucun problème.</translation>
    </message>
</context>
<context>
    <name>EditionsPanel</name>
    <message>
        <location filename="../../desktop/balagh/gui/editions_panel.py" line="36" />
        <source>بحث: رقم، سنة، مدينة…</source>
        <translation>Rechercher : numéro, année, ville…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/editions_panel.py" line="55" />
        <source>دورة جديدة</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/editions_panel.py" line="57" />
        <source>نسخ</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/editions_panel.py" line="59" />
        <source>دورة جديدة تبدأ من نسخة الدورة المختارة</source>
        <translation>Nouvelle édition à partir d'une copie de l'édition choisie</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/editions_panel.py" line="60" />
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EditionsTableModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/editions_model.py" line="47" />
        <source>الدورة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/editions_model.py" line="48" />
        <source>السنة</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/editions_model.py" line="49" />
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/editions_model.py" line="50" />
        <source>مجموع الزوار</source>
        <translation>Total des visiteurs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="140" />
        <source>حفظت الإعدادات.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="163" />
        <source>بلاغ: تسجيل أرقام أيام الأبواب المفتوحة للأمن الوطني وإعداد البلاغات الصحفية وأوراق الملخص.</source>
        <translation>Balagh : saisie des chiffres des Journées portes ouvertes de la Sûreté nationale, communiqués de presse et fiches de synthèse.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="170" />
        <location filename="../../desktop/balagh/gui/menus.py" line="119" />
        <source>حول بلاغ</source>
        <translation>À propos de Balagh</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="48" />
        <source>جار فتح قاعدة البيانات…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="57" />
        <location filename="../../desktop/balagh/gui/main_window.py" line="227" />
        <source>بلاغ</source>
        <translation>Balagh</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="75" />
        <source>الدورة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="76" />
        <source>البلاغ</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="77" />
        <source>الملخص</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="101" />
        <source>قاعدة البيانات: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="153" />
        <source>تعذر فتح الدورة</source>
        <translation>Impossible d'ouvrir l'édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="186" />
        <source>حذف دورة</source>
        <translation>Supprimer une édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="187" />
        <source>هل تريد حذف الدورة %1 نهائيا؟ لا يمكن التراجع عن ذلك.</source>
        <translation>Supprimer définitivement l'édition %1 ? C'est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="194" />
        <source>تعذر الحذف</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="200" />
        <source>حذفت الدورة %1.</source>
        <translation>Édition %1 supprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="213" />
        <source>حفظت الدورة %1.</source>
        <translation>Édition %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="220" />
        <source>الدورة %1</source>
        <translation>Édition %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/main_window.py" line="231" />
        <source>(جديدة)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="20" />
        <source>ملف</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="23" />
        <source>دورة جديدة</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="30" />
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="41" />
        <source>استيراد دورات (JSON)…</source>
        <translation>Importer des éditions (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="49" />
        <source>تصدير الدورات (JSON)…</source>
        <translation>Exporter les éditions (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="58" />
        <source>الإعدادات…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="67" />
        <source>خروج</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="74" />
        <source>تحرير</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="77" />
        <source>بحث في الدورات</source>
        <translation>Rechercher dans les éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="84" />
        <source>تراجع</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="87" />
        <source>إعادة</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="98" />
        <source>البلاغات</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="101" />
        <source>أرشيف البلاغات الصادرة…</source>
        <translation>Archives des communiqués publiés…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="109" />
        <source>التحقق من ملف PDF…</source>
        <translation>Vérifier un fichier PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/menus.py" line="116" />
        <source>مساعدة</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../desktop/balagh/gui/list_editor.py" line="34" />
        <source>إضافة سطر</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/list_editor.py" line="35" />
        <source>حذف السطر</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/list_editor.py" line="36" />
        <source>تقديم</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/list_editor.py" line="37" />
        <source>تأخير</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/balagh/gui/pdf_preview.py" line="33" />
        <source>لا توجد معاينة بعد.</source>
        <translation>Pas encore d'aperçu.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/pdf_preview.py" line="47" />
        <source>تعذر عرض ملف PDF.</source>
        <translation>Impossible d'afficher le PDF.</translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <location filename="../../desktop/balagh/gui/release_controller.py" line="114" />
        <source>القالب المدمج</source>
        <translation>Modèle intégré</translation>
    </message>
</context>
<context>
    <name>ReleaseTab</name>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="79" />
        <source>بلاغ اختتام</source>
        <translation>Communiqué de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="80" />
        <source>بلاغ افتتاح</source>
        <translation>Communiqué d'ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="83" />
        <location filename="../../desktop/balagh/gui/release_tab.py" line="293" />
        <source>إنشاء المسودة</source>
        <translation>Générer le brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="86" />
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="88" />
        <source>القالب</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="104" />
        <source>العنوان</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="105" />
        <source>المكان</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="106" />
        <source>التاريخ</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="115" />
        <source>حفظ المسودة</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="116" />
        <location filename="../../desktop/balagh/gui/release_tab.py" line="316" />
        <location filename="../../desktop/balagh/gui/release_tab.py" line="324" />
        <source>إصدار البلاغ</source>
        <translation>Publier le communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="118" />
        <source>تصدير PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="119" />
        <source>طباعة…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="120" />
        <source>الأرشيف…</source>
        <translation>Archives…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="133" />
        <source>الفقرات (فقرة في كل سطر)</source>
        <translation>Paragraphes (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="135" />
        <source>نتيجة الفحص</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="160" />
        <source>تعذرت المعاينة: </source>
        <translation>Aperçu impossible : </translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="163" />
        <source>البلاغ</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="220" />
        <source>جار تحميل طبقة الوثائق…</source>
        <translation>Chargement de la production des documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="221" />
        <source>طبقة الوثائق (إنشاء ملفات PDF) غير متوفرة في هذه النسخة.</source>
        <translation>La production des documents PDF n'est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="232" />
        <source>لا توجد مسودة لهذه الدورة: اختر قالبا ثم «إنشاء المسودة».</source>
        <translation>Aucun brouillon pour cette édition : choisissez un modèle puis « Générer le brouillon ».</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="200" />
        <location filename="../../desktop/balagh/gui/release_tab.py" line="234" />
        <source>لا توجد معاينة بعد.</source>
        <translation>Pas encore d'aperçu.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="114" />
        <source>فحص التطابق</source>
        <translation>Vérifier la cohérence</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="242" />
        <source>بلاغ صادر تحت المرجع %1 (للقراءة فقط).</source>
        <translation>Communiqué publié sous la référence %1 (lecture seule).</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="247" />
        <source>مسودة: التعديلات تظهر في المعاينة بعد لحظة.</source>
        <translation>Brouillon : les modifications apparaissent dans l'aperçu après un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="271" />
        <source>✓ لم يظهر أي تعارض بين النص والأرقام المسجلة.</source>
        <translation>✓ Aucun écart entre le texte et les chiffres enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="294" />
        <source>ستعوض المسودة الحالية بمسودة جديدة من القالب. هل تريد المتابعة؟</source>
        <translation>Le brouillon actuel sera remplacé par un nouveau brouillon issu du modèle. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="308" />
        <source>إصدار رغم التعارض</source>
        <translation>Publier malgré les écarts</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="309" />
        <source>وجد الفحص تعارضات. اكتب سبب الإصدار رغم ذلك:</source>
        <translation>La vérification a trouvé des écarts. Indiquez pourquoi publier malgré tout :</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="317" />
        <source>بعد الإصدار يحمل البلاغ رقما مرجعيا ولا يمكن تعديله. هل تريد الإصدار؟</source>
        <translation>Une fois publié, le communiqué reçoit une référence et ne peut plus être modifié. Publier ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="325" />
        <source>صدر البلاغ تحت المرجع %1.</source>
        <translation>Communiqué publié sous la référence %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="341" />
        <source>تصدير البلاغ</source>
        <translation>Exporter le communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="363" />
        <location filename="../../desktop/balagh/gui/release_tab.py" line="374" />
        <location filename="../../desktop/balagh/gui/release_tab.py" line="381" />
        <source>التحقق من بلاغ</source>
        <translation>Vérifier un communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="375" />
        <source>هذا الملف لا يطابق أي بلاغ صادر: قد يكون مسودة أو ملفا معدلا.</source>
        <translation>Ce fichier ne correspond à aucun communiqué publié : brouillon ou fichier modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release_tab.py" line="382" />
        <source>الملف مطابق للبلاغ الصادر تحت المرجع %1 بتاريخ %2 (الدورة %3).</source>
        <translation>Le fichier est identique au communiqué publié sous la référence %1 le %2 (édition %3).</translation>
    </message>
</context>
<context>
    <name>ReleasesTableModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="75" />
        <source>المرجع</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="76" />
        <source>الدورة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="77" />
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="78" />
        <source>تاريخ البلاغ</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="79" />
        <source>الحالة</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="80" />
        <source>تاريخ الإصدار</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="95" />
        <source>اختتام</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="95" />
        <source>افتتاح</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="99" />
        <source>صادر</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/archive_dialog.py" line="99" />
        <source>مسودة</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="37" />
        <source>الإعدادات</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="45" />
        <source>اختيار…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="54" />
        <source>بلاغ اختتام (مدمج)</source>
        <translation>Communiqué de clôture (intégré)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="55" />
        <source>بلاغ افتتاح (مدمج)</source>
        <translation>Communiqué d'ouverture (intégré)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="63" />
        <source>الملف المدمج (افتراضي)</source>
        <translation>Fichier intégré (par défaut)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="64" />
        <source>اختيار ملف…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="75" />
        <source>سطور رأسية الوثائق</source>
        <translation>Lignes de l'en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="76" />
        <location filename="../../desktop/balagh/gui/dialogs.py" line="97" />
        <source>الشعار</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="77" />
        <source>مكان سطر التاريخ</source>
        <translation>Lieu de la ligne de date</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="78" />
        <source>عنوان البلاغ</source>
        <translation>Titre du communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="79" />
        <source>القالب الافتراضي</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="80" />
        <location filename="../../desktop/balagh/gui/dialogs.py" line="105" />
        <source>قاعدة البيانات</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="81" />
        <source>لغة الواجهة</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="82" />
        <source>تطبق لغة الواجهة وقاعدة البيانات عند إعادة تشغيل البرنامج.</source>
        <translation>La langue et la base de données s'appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs.py" line="97" />
        <source>صور (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="41" />
        <source>ملخص الدورة</source>
        <translation>Synthèse de l'édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="42" />
        <source>تقرير جميع الدورات</source>
        <translation>Rapport de toutes les éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="43" />
        <source>عناوين بالفرنسية</source>
        <translation>Libellés en français</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="44" />
        <source>تحديث المعاينة</source>
        <translation>Actualiser l'aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="45" />
        <source>تصدير PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="46" />
        <source>تصدير Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="125" />
        <source>طبقة الوثائق (إنشاء ملفات PDF) غير متوفرة في هذه النسخة.</source>
        <translation>La production des documents PDF n'est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="127" />
        <source>جار تحميل طبقة الوثائق…</source>
        <translation>Chargement de la production des documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="131" />
        <source>اختر دورة من القائمة.</source>
        <translation>Choisissez une édition dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="135" />
        <source>جار إعداد المعاينة…</source>
        <translation>Préparation de l'aperçu…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="144" />
        <source>تعذرت المعاينة: </source>
        <translation>Aperçu impossible : </translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="156" />
        <source>تصدير PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="164" />
        <source>تصدير Excel</source>
        <translation>Exporter en Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="183" />
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="187" />
        <source>تصدير</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary_tab.py" line="183" />
        <source>حفظ الملف: %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/balagh/gui/crash.py" line="48" />
        <source>خطأ غير متوقع</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/crash.py" line="50" />
        <source>حدث خطأ غير متوقع. لم يحفظ ما لم تضغط على «حفظ» قبله. الخطأ: %1</source>
        <translation>Une erreur inattendue s'est produite. Ce qui n'a pas été enregistré avant est perdu. Erreur : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/crash.py" line="55" />
        <source>سجل البرنامج: %1</source>
        <translation>Journal : %1</translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="35" />
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="71" />
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="92" />
        <source>تعذر الاستيراد</source>
        <translation>Échec de l'importation</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="46" />
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="60" />
        <source>استيراد الدورات</source>
        <translation>Importer des éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="47" />
        <source>الدورات %1 موجودة. هل تريد تعويضها بما في الملف؟</source>
        <translation>Les éditions %1 existent déjà. Les remplacer par celles du fichier ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="61" />
        <source>استوردت %1 دورة من %2: %3</source>
        <translation>%1 édition(s) importée(s) de %2 : %3</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="74" />
        <source>لم يتغير أي شيء في قاعدة البيانات.</source>
        <translation>Rien n'a été modifié dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="77" />
        <source>جار الاستيراد…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="84" />
        <source>استيراد دورات</source>
        <translation>Importer des éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="111" />
        <source>تصدير الدورات</source>
        <translation>Exporter les éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/interchange_actions.py" line="119" />
        <source>صدرت الدورات إلى %1</source>
        <translation>Éditions exportées vers %1</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="27" />
        <source>تعديلات غير محفوظة</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="29" />
        <source>توجد تعديلات غير محفوظة على %1.</source>
        <translation>%1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="31" />
        <source>هل تريد حفظها قبل المتابعة؟</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="33" />
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="36" />
        <source>تجاهل التعديلات</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="39" />
        <location filename="../../desktop/balagh/gui/prompts.py" line="69" />
        <source>إلغاء</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="54" />
        <source>تعارض في الحفظ</source>
        <translation>Conflit d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="56" />
        <source>قام شخص آخر بحفظ هذه الدورة بعد أن فتحتها. يمكنك إعادة تحميل النسخة المحفوظة (ستضيع تعديلاتك) أو الكتابة فوقها بتعديلاتك.</source>
        <translation>Quelqu'un d'autre a enregistré cette édition après son ouverture. Vous pouvez recharger la version enregistrée (vos modifications seront perdues) ou l'écraser avec vos modifications.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="64" />
        <source>إعادة التحميل</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="67" />
        <source>الكتابة فوقها</source>
        <translation>Écraser</translation>
    </message>
</context>
</TS>