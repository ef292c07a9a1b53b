from .views import actor_chooser_viewset

ActorChooserBlock = actor_chooser_viewset.get_block_class(
    name="ActorChooserBlock", module_path="ik_wagtail.actors.blocks"
)
