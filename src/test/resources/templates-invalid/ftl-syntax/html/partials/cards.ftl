<#ftl output_format="HTML">
<#-- Key-figure cards, with an interpolation left open on line 6. -->
<#macro cards items>
<ul class="cards">
  <#list items as card>
  <li class="card">${card.label</li>
  </#list>
</ul>
</#macro>
