<#ftl output_format="HTML">
<#-- A data table. Each column has a label and an alignment ("num" right-aligns); each cell a
     text, an optional link and an optional sort key (the raw number, so that 1.000 sorts after 999).
     Tables marked sortable get header buttons from site.js; without JavaScript they read as is. -->
<#macro table model hint="">
<div class="table-wrap">
<table<#if model.sortable> class="sortable"</#if>>
  <caption>${model.caption}<#if model.sortable && hint?has_content> <span class="js-hint">${hint}</span></#if></caption>
  <thead>
    <tr>
      <#list model.columns as column>
      <th scope="col"<#if column.num> class="num"</#if> data-type="${column.num?then('number', 'text')}">${column.label}</th>
      </#list>
    </tr>
  </thead>
  <tbody>
    <#list model.rows as row>
    <tr<#if row.current> class="current"</#if>>
      <#list row.cells as cell>
      <#if cell?is_first><th scope="row"<#else><td</#if> data-label="${model.columns[cell?index].label}"<#if model.columns[cell?index].num> class="num"</#if><#if cell.sort?has_content> data-sort="${cell.sort}"</#if>><#if cell.href?has_content><a href="${cell.href}">${cell.text}</a><#else>${cell.text}</#if><#if cell?is_first></th><#else></td></#if>
      </#list>
    </tr>
    <#else>
    <tr><td colspan="${model.columns?size}">${model.empty}</td></tr>
    </#list>
  </tbody>
</table>
</div>
</#macro>
